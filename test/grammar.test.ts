import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIAGRAMS_PATH, diagramsHtml, EBNF_PATH, ebnf } from "../scripts/grammar.js";
import { FilterParser } from "../src/language/parser.js";

describe("grammar", () => {
  it("passes Chevrotain's grammar validations (ambiguity, left recursion, unreachable alternatives)", () => {
    // The shipped parser skips these for start-up speed; they must hold all the same.
    expect(() => new FilterParser({ validateGrammar: true })).not.toThrow();
  });

  it("has an up-to-date EBNF and railroad diagrams in grammar/ (run `npm run grammar`)", () => {
    expect(readFileSync(EBNF_PATH, "utf8")).toBe(ebnf());
    expect(readFileSync(DIAGRAMS_PATH, "utf8")).toBe(diagramsHtml());
  });
});
