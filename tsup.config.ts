import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library, ESM: chevrotain stays an import, resolved by the user's bundler or runtime.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    target: "es2022",
    platform: "neutral",
    sourcemap: true,
  },
  {
    // CommonJS: chevrotain ships only ESM, so it is bundled in for `require` users.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    target: "es2022",
    platform: "neutral",
    noExternal: ["chevrotain"],
    sourcemap: true,
  },
  {
    // The CLI, Node-only; it imports the library through its public entry.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
