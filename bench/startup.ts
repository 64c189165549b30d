/**
 * Start-up cost: a fresh `node` that imports the built package and compiles one filter, against
 * a bare `node -e ''`, interleaved, median of RUNS each. Run by `npm run bench`.
 */
import { spawnSync } from "node:child_process";

const RUNS = Number(process.env.STARTUP_RUNS ?? 21);
const entry = (file: string) => new URL(`../dist/${file}`, import.meta.url).pathname;
const FILTER = 'status == "active" and ratings in (4,5) and region.name == "eu-west"';

const variants: Record<string, string[]> = {
  "bare node": ["-e", ""],
  "ESM import + compile": ["--input-type=module", "-e", `import { compile } from ${JSON.stringify(entry("index.js"))}; compile(${JSON.stringify(FILTER)});`],
  "CJS require + compile": ["-e", `require(${JSON.stringify(entry("index.cjs"))}).compile(${JSON.stringify(FILTER)});`],
};

function timed(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) for (const [name, args] of Object.entries(variants)) samples[name]!.push(timed(args));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bare = median(samples["bare node"]!);
console.log(`\nstart-up, median of ${RUNS} interleaved runs (ms)`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`  ${name.padEnd(24)} ${m.toFixed(1).padStart(6)}${name === "bare node" ? "" : `   +${(m - bare).toFixed(1)} over bare node`}`);
}
