/**
 * `npm run bench`: times the built package and the alternatives in one process, with warm-up and
 * interleaved rounds, and prints the median (and spread) per case, in µs per operation, with
 * each case's ratio to our `compile` of the same filter. See bench/README.md.
 */
import { parse as celParse } from "@marcbachmann/cel-js";
import { parse as rsqlParse } from "@rsql/parser";
import { parse as liqeParse } from "liqe";
import searchQuery from "search-query-parser";
import { check, compile, complete, decompile, defineSchema, format, parse, tokenize } from "../dist/index.js";
import { REFERENCES } from "./inputs.js";

type Case = { group: string; name: string; run: () => unknown };

const schema = defineSchema({
  fields: {
    status: { type: "string", values: ["active", "pending", "flagged", "deleted"] },
    ratings: "number",
    priority: "number",
    tier: "number",
    "region.name": { type: "string", values: ["eu-west", "us-east", "ap-south"] },
    enabled: "boolean",
  },
});
// 200 characters, mixing every construct completion has to read.
const LONG = '(status == "active" or status == "pending") and ratings in (1, 2, 3, 4, 5) and priority >= 2 and priority <= 8 and region.name == "eu-west" and creator == "6f1c2d3e-user-1234-abcd" and enabled == true';

const cases: Case[] = [];
for (const r of REFERENCES) {
  const ast = parse(r.ours, { limits: { maxLength: 10_000 } });
  const json = JSON.stringify(ast);
  const query = compile(r.ours);
  const g = r.label;
  cases.push(
    { group: g, name: "compile", run: () => compile(r.ours) },
    { group: g, name: "parse", run: () => parse(r.ours) },
    { group: g, name: "check", run: () => check(r.ours) },
    { group: g, name: "decompile", run: () => decompile(query) },
    { group: g, name: "format", run: () => format(ast) },
    { group: g, name: "complete at the end", run: () => complete(r.ours, r.ours.length, { schema }) },
    { group: g, name: "JSON.parse of our AST", run: () => JSON.parse(json) },
  );
  if (r.liqe) cases.push({ group: g, name: "liqe parse", run: () => liqeParse(r.liqe!) });
  if (r.rsql) cases.push({ group: g, name: "@rsql/parser parse", run: () => rsqlParse(r.rsql!) });
  const sq = r.searchQuery;
  if (sq) cases.push({ group: g, name: "search-query-parser parse", run: () => searchQuery.parse(sq.text, { keywords: sq.keywords, ranges: sq.ranges ?? [] }) });
  if (r.cel) cases.push({ group: g, name: "cel-js parse", run: () => celParse(r.cel!) });
}
cases.push(
  { group: "200-character filter", name: `complete at all ${LONG.length + 1} positions`, run: () => { for (let i = 0; i <= LONG.length; i++) complete(LONG, i, { schema }); } },
  { group: "200-character filter", name: "tokenize", run: () => tokenize(LONG) },
  { group: "200-character filter", name: "check with a schema", run: () => check(LONG, { schema }) },
);

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const BATCH_MS = 20;

function timeBatch(c: Case, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) c.run();
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

// Warm-up, and size each case's batch to about BATCH_MS.
const iterations = new Map<Case, number>();
for (const c of cases) {
  let n = 1;
  while (timeBatch(c, n) * n < BATCH_MS * 1000) n *= 2;
  iterations.set(c, n);
}
const samples = new Map<Case, number[]>(cases.map((c) => [c, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) samples.get(c)!.push(timeBatch(c, iterations.get(c)!));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (us: number) => (us >= 100 ? us.toFixed(0) : us.toFixed(2));
console.log(`node ${process.version}, ${ROUNDS} interleaved rounds of ~${BATCH_MS} ms per case; µs per operation: median (min-max), and ratio to our compile`);
let group = "";
let compileMedian = 1;
for (const c of cases) {
  const xs = samples.get(c)!;
  if (c.group !== group) {
    group = c.group;
    compileMedian = median(samples.get(cases.find((x) => x.group === group && x.name === "compile") ?? c)!);
    console.log(`\n${group}`);
  }
  const ratio = c.name === "compile" || group === "200-character filter" ? "" : `${(median(xs) / compileMedian).toFixed(2)}x`;
  console.log(`  ${c.name.padEnd(32)} ${fmt(median(xs)).padStart(9)}  (${fmt(Math.min(...xs))}-${fmt(Math.max(...xs))})  ${ratio}`);
}
const all = samples.get(cases.find((c) => c.name.startsWith("complete at all"))!)!;
console.log(`\ncomplete, per cursor position in the ${LONG.length}-character filter: ${(median(all) / (LONG.length + 1)).toFixed(2)} µs (median)`);
