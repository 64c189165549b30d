import { Lexer } from "chevrotain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scan } from "../src/language/scanner.js";
import { ALL_TOKENS } from "../src/language/tokens.js";
import { mutatedText, rawText, tokenSoup } from "./fuzz/generators.js";

// The reference: Chevrotain's own lexer, built from the token definitions (validated here).
const reference = new Lexer(ALL_TOKENS, { positionTracking: "onlyOffset", ensureOptimizations: true });

function both(source: string) {
  const ours = scan(source);
  const theirs = reference.tokenize(source);
  const show = (tokens: typeof ours.tokens) => tokens.map((t) => `${t.tokenType.name}:${t.startOffset}:${t.image}`);
  return {
    ours: { tokens: show(ours.tokens), errors: ours.errors.map((e) => [e.offset, e.length]) },
    theirs: { tokens: show(theirs.tokens), errors: theirs.errors.map((e) => [e.offset, e.length]) },
  };
}

const PIECES = [
  " ", "\t", "\n", "\r", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "a", "Z", "_", "é", "日", "😀", "\ud800", "0", "9", "-", "+", ".", "e", "E",
  '"', "'", "`", "\\", "“", "”", "‘", "’", "«", "»", "=", "!", "<", ">", "&", "|", "(", ")", ",", "and", "AND", "or", "not", "in", "In", "true", "FALSE",
  "android", "inn", "$", "#", "%", "~",
];
const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(""));

describe("scan", () => {
  it.each([
    'status == "active" and ratings in (4,5) and region.name == "eu-west"',
    "a === 1 !== 2 =< 3 => 4 =! 5 == 6 = 7 != 8 <= 9 >= 10 < 11 > 12",
    "x == -1.5e+3 and y == 1_000 and z == 1.2.3 and w == 1. and v == -a",
    `a == "esc \\" \\\\ \\n" and b == 'x\\'y' and \`q\\\`r\` == 1 and c == "open`,
    "a && b || c & d | e ! f",
    "android AND index In notes OR truex FALSE",
    "café == “x” and ‘y’ and «z» and „w\"",
    "a $$ b # c\u200bd",
  ])("reads %j as Chevrotain's lexer does", (source) => {
    const { ours, theirs } = both(source);
    expect(ours).toEqual(theirs);
  });

  it("reads any text as Chevrotain's lexer does", () => {
    for (const text of [pieces, rawText, tokenSoup, mutatedText]) {
      fc.assert(
        fc.property(text, (source) => {
          const { ours, theirs } = both(source);
          expect(ours).toEqual(theirs);
        }),
        { numRuns: 2000 },
      );
    }
  });
});
