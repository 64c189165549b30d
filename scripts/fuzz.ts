/**
 * `npm run fuzz`: the long fuzz campaign (FUZZ_RUNS cases, a million by default) over the same
 * generators and invariants as the fuzz tests, plus large inputs near the default limits. It
 * prints, per generator, the cases run, how many were valid, and the slowest time per character,
 * and fails on any invariant broken or any input slower than the time bound.
 */
import fc from "fast-check";
import { mutatedText, queryText, rawText, tokenSoup } from "../test/fuzz/generators.js";
import { checkFilterText, checkQueryText } from "../test/fuzz/invariants.js";

const TOTAL = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Generous on purpose (shared machines, GC pauses): a real super-linear cost overshoots it by far.
const BOUND_MS = (length: number) => 50 + 0.05 * length;

/** Inputs near the default limits: long lists, deep nesting, long strings, many conditions. */
const largeText = fc.oneof(
  fc.nat({ max: 5000 }).map((n) => "(".repeat(n) + "a == 1" + ")".repeat(n)),
  fc.nat({ max: 2000 }).map((n) => `a in (${Array.from({ length: n }, (_, i) => i).join(", ")})`),
  fc.nat({ max: 900 }).map((n) => Array.from({ length: n }, (_, i) => `f${i} == ${i}`).join(" and ")),
  fc.nat({ max: 9990 }).map((n) => `a == "${"x".repeat(n)}"`),
  fc.nat({ max: 9990 }).map((n) => `a == "${"\\".repeat(n)}`),
  fc.nat({ max: 5000 }).map((n) => "not ".repeat(n) + "a == 1"),
  fc.nat({ max: 20000 }).map((n) => "a == 1 ".repeat(n)),
);
const largeQuery = fc.oneof(
  fc.nat({ max: 1500 }).map((n) => Array.from({ length: n }, (_, i) => `meta.f${i}[eq]=${i}`).join("&")),
  fc.nat({ max: 16000 }).map((n) => `meta.a[eq]=${"%".repeat(n)}`),
  fc.nat({ max: 100000 }).map((n) => "&".repeat(n)),
);

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

type Campaign = { name: string; inputs: fc.Arbitrary<string>; run: (input: string) => "ok" | "invalid"; share: number };
const campaigns: Campaign[] = [
  { name: "mutated valid filters", inputs: mutatedText, run: checkFilterText, share: 0.35 },
  { name: "token soup", inputs: tokenSoup, run: checkFilterText, share: 0.2 },
  { name: "raw strings", inputs: rawText, run: checkFilterText, share: 0.2 },
  { name: "random query strings", inputs: queryText, run: checkQueryText, share: 0.24 },
  { name: "large filters", inputs: largeText, run: checkFilterText, share: 0.006 },
  { name: "large query strings", inputs: largeQuery, run: checkQueryText, share: 0.004 },
];

console.log(`fuzz: ${TOTAL} cases, seed ${SEED}, node ${process.version}`);
const started = performance.now();
let failed = false;
for (const c of campaigns) {
  const runs = Math.max(1, Math.round(TOTAL * c.share));
  const counts = { ok: 0, invalid: 0 };
  let slowest = { ms: 0, length: 0 };
  let worstPerChar = 0; // µs per character, over inputs of 1000 characters or more
  const t0 = performance.now();
  const result = fc.check(
    fc.property(c.inputs, (input) => {
      const start = performance.now();
      counts[c.run(input)]++;
      let ms = performance.now() - start;
      // A garbage-collection pause can land on any case: a slow one is timed again before it fails.
      if (ms > BOUND_MS(input.length)) ms = Math.min(ms, ...[1, 2, 3].map(() => timed(() => c.run(input))));
      if (ms > BOUND_MS(input.length)) throw new Error(`took ${ms.toFixed(1)} ms for ${input.length} characters`);
      if (ms > slowest.ms) slowest = { ms, length: input.length };
      if (input.length >= 1000) worstPerChar = Math.max(worstPerChar, (ms * 1000) / input.length);
    }),
    { numRuns: runs, seed: SEED, endOnFailure: true },
  );
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${c.name.padEnd(22)} ${String(runs).padStart(8)} cases  ${String(counts.ok).padStart(7)} valid  ${String(counts.invalid).padStart(7)} invalid  ${seconds.padStart(6)} s  slowest ${slowest.ms.toFixed(2)} ms (${slowest.length} chars)${worstPerChar ? `, at most ${worstPerChar.toFixed(2)} µs/char over 1000+ chars` : ""}`,
  );
  if (result.failed) {
    failed = true;
    const report = fc.defaultReportMessage(result) ?? "";
    console.log(report.length > 3000 ? `${report.slice(0, 3000)}... (${report.length} characters)` : report);
  }
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s: ${failed ? "FAILED" : "no failure"}`);
process.exitCode = failed ? 1 : 0;
