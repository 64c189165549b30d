import { describe, expect, it } from "vitest";
import { CORE_BUDGET, sizes } from "../scripts/size.js";

// Size is deterministic (same sources, same esbuild), so unlike time it can be held in a test.
describe("bundle size", () => {
  it("keeps the core entry, chevrotain included, within its gzipped budget", async () => {
    const measured = await sizes();
    expect(measured["core entry (everything)"]!.gzipped).toBeLessThanOrEqual(CORE_BUDGET);
    // decompile alone must not drag in the parser
    expect(measured["decompile only"]!.gzipped).toBeLessThan(8 * 1024);
  });
});
