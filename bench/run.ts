/**
 * `npm run bench`: times the public API on the built package, in one process, with warm-up and
 * interleaved rounds, and prints the median and spread per case (microseconds per operation).
 */
import { check, compile, complete, decompile, defineSchema, format, parse, tokenize } from "../dist/index.js";

const INPUTS = {
  "1 condition": 'status == "active"',
  "3 conditions": 'status == "active" and ratings in (4,5) and region.name == "eu-west"',
  "5 conditions": 'status == "active" and ratings in (1,2,3,4,5,6,7,8,9,10) and priority >= 2 and priority <= 8 and region.name == "eu-west"',
  "or + parens": '(status == "a" or status == "b" or status in ("c", "d")) and (tier == 1 or tier == 2) and creator == "u1"',
};

type Case = { name: string; input: string; run: () => unknown };

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
// About 200 characters, mixing every construct completion has to read.
const LONG = '(status == "active" or status == "pending") and ratings in (1, 2, 3, 4, 5) and priority >= 2 and priority <= 8 and region.name == "eu-west" and creator == "6f1c2d3e-user-1234-abcd" and enabled == true';

const cases: Case[] = [];
for (const [label, source] of Object.entries(INPUTS)) {
  const ast = parse(source);
  const json = JSON.stringify(ast);
  const query = compile(source);
  cases.push(
    { name: `parse         ${label}`, input: source, run: () => parse(source) },
    { name: `check         ${label}`, input: source, run: () => check(source) },
    { name: `compile       ${label}`, input: source, run: () => compile(source) },
    { name: `decompile     ${label}`, input: query, run: () => decompile(query) },
    { name: `format        ${label}`, input: source, run: () => format(ast) },
    { name: `JSON.parse    ${label}`, input: json, run: () => JSON.parse(json) },
    { name: `complete end  ${label}`, input: source, run: () => complete(source, source.length, { schema }) },
  );
}
// One operation: a completion at every one of the ~200 cursor positions, reported per position below.
cases.push(
  { name: `complete all ${LONG.length} positions`, input: LONG, run: () => { for (let i = 0; i <= LONG.length; i++) complete(LONG, i, { schema }); } },
  { name: `tokenize      ${LONG.length} chars`, input: LONG, run: () => tokenize(LONG) },
  { name: `check         ${LONG.length} chars`, input: LONG, run: () => check(LONG, { schema }) },
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
  let n = 100;
  while (timeBatch(c, n) * n < BATCH_MS * 1000) n *= 2;
  iterations.set(c, n);
}
const samples = new Map<Case, number[]>(cases.map((c) => [c, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) samples.get(c)!.push(timeBatch(c, iterations.get(c)!));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`node ${process.version}, ${ROUNDS} interleaved rounds of ~${BATCH_MS} ms per case; µs per operation (median, min-max)`);
for (const c of cases) {
  const xs = samples.get(c)!;
  console.log(`${c.name.padEnd(34)} ${median(xs).toFixed(2).padStart(8)}   (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`);
}
const all = samples.get(cases.find((c) => c.name.startsWith("complete all"))!)!;
console.log(`complete, per cursor position in the ${LONG.length}-character filter: ${(median(all) / (LONG.length + 1)).toFixed(2)} µs (median)`);
