import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/object-group-by.ts"],
    globalSetup: ["test/setup/build.ts"],
    testTimeout: 30_000,
    // `npm start` in the CLI tests rebuilds dist/, which other files import: run files one at a time.
    fileParallelism: false,
  },
});
