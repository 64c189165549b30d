/**
 * `npm run size`: the minified, gzipped size of the browser build of the core entry (chevrotain
 * included) and of what each kind of use pulls in when a bundler tree-shakes the rest. Size is
 * deterministic, so test/size.test.ts holds the core entry to its budget.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * The budget for the core entry, in gzipped bytes. Chevrotain alone is about 30 KB of it, so the
 * 35 KB aimed for is out of reach while the parser is built on it (see bench/README.md); the
 * budget stops growth nobody looked at. It was 48 KB until the input checks added after the
 * last review took the entry to 48.0 KB; raised to 49 KB on purpose, not in passing.
 */
export const CORE_BUDGET = 49 * 1024;

export const USES: Record<string, string> = {
  "core entry (everything)": "export * from './src/index.ts';",
  "compile only": "export { compile } from './src/index.ts';",
  "parse + format": "export { parse, format } from './src/index.ts';",
  "decompile only": "export { decompile } from './src/index.ts';",
  "search box: check, complete, tokenize": "export { check, complete, tokenize, defineSchema } from './src/index.ts';",
  "SDK and binding targets": "export { toListParams, toBindingListOptions } from './src/index.ts';",
  "local matching": "export { filterImages, matches } from './src/index.ts';",
};

export async function sizes(): Promise<Record<string, { minified: number; gzipped: number }>> {
  const out: Record<string, { minified: number; gzipped: number }> = {};
  for (const [name, contents] of Object.entries(USES)) {
    const result = await build({
      stdin: { contents, resolveDir: new URL("..", import.meta.url).pathname, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
    });
    const code = result.outputFiles[0]!.contents;
    out[name] = { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`minified and gzipped (level 9), browser ESM, chevrotain included; budget for the core entry ${kb(CORE_BUDGET)}`);
  for (const [name, { minified, gzipped }] of Object.entries(await sizes())) {
    console.log(`  ${name.padEnd(40)} ${kb(minified).padStart(9)} minified  ${kb(gzipped).padStart(8)} gzipped`);
  }
}
