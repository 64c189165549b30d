import fc from "fast-check";
import { describe, it } from "vitest";
import { mutatedText, queryText, rawText, tokenSoup } from "./fuzz/generators.js";
import { checkFilterText, checkQueryText } from "./fuzz/invariants.js";

// A few thousand cases on every `npm test`; `npm run fuzz` runs the long campaign.
describe("fuzz", () => {
  it.each([
    ["mutated valid filters", mutatedText],
    ["token soup", tokenSoup],
    ["raw strings", rawText],
  ])("%s keep the invariants", (_, text) => {
    fc.assert(fc.property(text, (source) => void checkFilterText(source)), { numRuns: 1500 });
  });

  it("random query strings keep the invariants", () => {
    fc.assert(fc.property(queryText, (query) => void checkQueryText(query)), { numRuns: 1500 });
  });
});
