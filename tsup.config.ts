import { defineConfig, type Options } from "tsup";

// The library is bundled with chevrotain into one minified file per format: chevrotain ships as
// some fifty ES modules, and loading them one by one tripled the start-up cost (see bench/README.md).
const library: Options = {
  entry: { index: "src/index.ts" },
  dts: true,
  target: "es2022",
  platform: "neutral",
  noExternal: ["chevrotain"],
  minify: true,
  sourcemap: true,
};

export default defineConfig([
  { ...library, format: ["esm"] },
  { ...library, format: ["cjs"] },
  {
    // The CLI, Node-only; it imports the library through its public entry.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    noExternal: ["chevrotain"],
    minify: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
