import { describe, expect, it } from "vitest";
import { check, decompile, DEFAULT_LIMITS, FilterError, format, formatDiagnostic, parse, type Diagnostic } from "../src/index.js";

/** The one diagnostic with `code` that `source` produces. */
function only(source: string, code: string): Diagnostic {
  const found = check(source).diagnostics.filter((d) => d.code === code);
  expect(found, `${code} in ${JSON.stringify(check(source).diagnostics.map((d) => d.code))}`).toHaveLength(1);
  return found[0]!;
}

describe("hints for the mistakes people make", () => {
  // [what, filter, code, start, end, message, hint]
  it.each([
    ["an unquoted word as a value", "status == active", "UNQUOTED_VALUE", 10, 16, "`active` is not a value: strings are written in quotes", 'write "active"'],
    ["!=", "priority != 3", "NOT_EQUAL_UNSUPPORTED", 9, 11, "the API cannot filter on `!=` (not equal)", "list the values you want instead: `field in (...)`"],
    ["!= on a boolean", "enabled != true", "NOT_EQUAL_UNSUPPORTED", 8, 10, "the API cannot filter on `!=` (not equal)", "write `enabled == false` (it skips images without the field)"],
    ["not on a range", "not priority < 5", "NOT_UNSUPPORTED", 0, 16, "the API cannot negate a condition (`not`)", "write `priority >= 5` instead (it skips images without the field)"],
    ["not", 'not status == "a"', "NOT_UNSUPPORTED", 0, 17, "the API cannot negate a condition (`not`)", "say what to match instead: `==`, `in`, `<`, `<=`, `>`, `>=` joined by `and`"],
    [
      "or across fields",
      'status == "a" or region == "b"',
      "OR_ACROSS_FIELDS",
      0,
      30,
      "`or` across different fields (`status` and `region`) cannot be sent: the API joins every condition with `and`",
      "make one request per field and merge the results",
    ],
    [
      "or across fields, with the in form",
      'status == "a" or region == "b" or status == "c"',
      "OR_ACROSS_FIELDS",
      0,
      47,
      "`or` across different fields (`status` and `region`) cannot be sent: the API joins every condition with `and`",
      'make one request per field and merge the results; the `status` part can be one condition: `status in ("a", "c")`',
    ],
    ["a missing and/or", "a == 1 b == 2", "MISSING_COMBINATOR", 7, 8, "expected `and` or `or` between two conditions", "conditions are joined with `and` or `or`; nothing is implied"],
    ["a trailing and", "a == 1 and ", "TRAILING_COMBINATOR", 7, 10, "nothing follows this `and`", "add a condition after it, or remove the `and`"],
    ["a trailing or before )", "(a == 1 or) and b == 2", "TRAILING_COMBINATOR", 8, 10, "nothing follows this `or`", "add a condition after it, or remove the `or`"],
    ["a misspelled and", "a == 1 adn b == 2", "MISSPELLED_KEYWORD", 7, 10, "`adn` is not a keyword; did you mean `and`?", "write `and`"],
    ["a misspelled or", 'a == "x" ro a == "y"', "MISSPELLED_KEYWORD", 9, 11, "`ro` is not a keyword; did you mean `or`?", "write `or`"],
    ["a misspelled in", "a inn (1, 2)", "MISSPELLED_KEYWORD", 2, 5, "`inn` is not a keyword; did you mean `in`?", "write `in`"],
    ["a misspelled not", "a nto in (1, 2)", "MISSPELLED_KEYWORD", 2, 5, "`nto` is not a keyword; did you mean `not`?", "write `not`"],
    ["typographic quotes", "status == “active”", "TYPOGRAPHIC_QUOTES", 10, 18, "strings are quoted with straight quotes (\" or '), not typographic ones", 'write "active"'],
    ["typographic single quotes", "status == ‘active’", "TYPOGRAPHIC_QUOTES", 10, 18, "strings are quoted with straight quotes (\" or '), not typographic ones", 'write "active"'],
    ["=<", "a =< 5", "OPERATOR_TYPO", 2, 4, "`=<` is not an operator; did you mean `<=`?", "write `<=`"],
    ["=>", "a => 5", "OPERATOR_TYPO", 2, 4, "`=>` is not an operator; did you mean `>=`?", "write `>=`"],
    ["=!", "a =! 5", "OPERATOR_TYPO", 2, 4, "`=!` is not an operator; did you mean `!=`?", "write `!=`"],
    ["===", "a === 5", "OPERATOR_TYPO", 2, 5, "`===` is not an operator; did you mean `==`?", "write `==`"],
    ["an unclosed string", 'a == "abc and b == 1', "UNCLOSED_STRING", 5, 6, 'this string is never closed: add a closing "', "a string ends on the line it starts; write \\n for a line break"],
    ["an unclosed parenthesis", "(a == 1 and (b == 2)", "UNCLOSED_PAREN", 0, 1, "this `(` is never closed", "add a `)` to close it"],
    ["an unclosed list", "a in (1, 2", "UNCLOSED_PAREN", 5, 6, "this `(` is never closed", "add a `)` to close it"],
    ["a stray )", "a == 1) and b == 2", "UNMATCHED_PAREN", 6, 7, "this `)` has no matching `(`", "remove it, or add the `(` it closes"],
    ["a single &", "a == 1 & b == 2", "UNKNOWN_CHARACTER", 7, 8, "`&` is not part of the filter language", "write `and` (or `&&`)"],
    ["a negative number with a space", "a == - 5", "UNKNOWN_CHARACTER", 5, 6, "`-` is not part of the filter language", "write a negative number without a space: -5"],
    ["a hyphenated field", "my-field == 1", "UNKNOWN_CHARACTER", 2, 3, "`-` is not part of the filter language", "a field name with `-` is written in backticks (`my-field`), though the API cannot filter on it"],
    ["a malformed number", "a == 1_000", "INVALID_NUMBER", 5, 10, "`1_000` is not a number", "numbers are written like 42, -1.5 or 2e10, with nothing else attached"],
  ])("%s", (_, source, code, start, end, message, hint) => {
    expect(only(source, code)).toMatchObject({ code, start, end, message, hint });
  });

  it("accepts && and || as and and or", () => {
    expect(check('a == "x" || a == "y" && b == 1').diagnostics.map((d) => d.code)).toEqual(["OR_UNSUPPORTED"]);
    expect(check("a == 1 && b == 2").query).toBe("meta.a[eq:number]=1&meta.b[eq:number]=2");
  });

  it("reads a typo as what it stands for, so the rest is still checked", () => {
    expect(check("a =< 5 and b != 1 adn c == d").diagnostics.map((d) => d.code)).toEqual([
      "OPERATOR_TYPO",
      "NOT_EQUAL_UNSUPPORTED",
      "MISSPELLED_KEYWORD",
      "UNQUOTED_VALUE",
    ]);
  });

  it("does not take a value or a field for a misspelled keyword", () => {
    expect(check('a == "x" and ad == 1').ok).toBe(true);
    expect(check("in_stock == true and inn == 2").ok).toBe(true);
    expect(check('a == "x" ad == 1').diagnostics.map((d) => d.code)).toEqual(["MISSING_COMBINATOR"]);
  });
});

describe("every error in one pass", () => {
  it("lowers and validates what parsed around the syntax errors", () => {
    const source = 'status == active and priority != 3 and (tags in (1, "x") or tags == 2 and';
    expect(check(source).diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`)).toEqual([
      "UNQUOTED_VALUE 10-16",
      "NOT_EQUAL_UNSUPPORTED 30-32",
      "UNCLOSED_PAREN 39-40",
      "MIXED_TYPES 39-69",
      "TRAILING_COMBINATOR 70-73",
    ]);
    expect(check("a == 1) and b != 2").diagnostics.map((d) => d.code)).toEqual(["UNMATCHED_PAREN", "NOT_EQUAL_UNSUPPORTED"]);
    expect(check("x in (1, 2 and y != 3").diagnostics.map((d) => d.code)).toEqual(["UNCLOSED_PAREN", "UNEXPECTED_TOKEN", "NOT_EQUAL_UNSUPPORTED"]);
  });

  it("caps the number of diagnostics", () => {
    const source = Array.from({ length: 80 }, (_, i) => `f${i} != 1`).join(" and ");
    expect(check(source).diagnostics).toHaveLength(DEFAULT_LIMITS.maxDiagnostics);
    expect(check(source, { limits: { maxDiagnostics: 3 } }).diagnostics).toHaveLength(3);
  });
});

describe("formatDiagnostic", () => {
  const frame = (source: string) => check(source).diagnostics.map((d) => formatDiagnostic(source, d)).join("\n\n");

  it("draws the line, a caret run under the span, the code, the message and the hint", () => {
    expect(frame("status == active")).toBe(
      ['error UNQUOTED_VALUE: `active` is not a value: strings are written in quotes', "  1 | status == active", "    |           ^^^^^^", '  hint: write "active"'].join("\n"),
    );
  });

  it("keeps carets under the span after emoji, accents, CJK and tabs", () => {
    expect(frame('a == "😀é" and\tb != 1')).toBe(
      ["error NOT_EQUAL_UNSUPPORTED: the API cannot filter on `!=` (not equal)", '  1 | a == "😀é" and\tb != 1', "    |               \t  ^^", "  hint: list the values you want instead: `field in (...)`"].join("\n"),
    );
    expect(frame('a == "日本" b == 1').split("\n").slice(1, 3)).toEqual(['  1 | a == "日本" b == 1', "    |             ^"]);
    expect(frame('a == "e\u0301" b == 1').split("\n")[2]).toBe("    |          ^");
  });

  it("shows the right line of a multi-line filter, with a wide gutter", () => {
    const source = `a == 1 and\n${"\n".repeat(8)}b == 2 and\r\n  c == x`;
    expect(frame(source).split("\n").slice(0, 3)).toEqual(["error UNQUOTED_VALUE: `x` is not a value: strings are written in quotes", "  11 |   c == x", "     |        ^"]);
    expect(check(source).diagnostics[0]).toMatchObject({ line: 11, column: 8 });
  });

  it("gives one caret for an empty span, and no frame for request options", () => {
    expect(frame("a ==").split("\n")[2]).toBe("    |     ^");
    const d = check("a == 1", { perPage: 1 }).diagnostics[0]!;
    expect(formatDiagnostic("a == 1", d)).toBe("error INVALID_PER_PAGE: the page size (perPage, per_page) must be an integer from 10 to 10000, not 1");
  });
});

describe("found in review", () => {
  it("ignores limits given as undefined or not as numbers", () => {
    const limits = { maxConditions: undefined, maxDepth: "3", maxLength: Number.NaN } as never;
    expect(check("a == 1", { limits })).toMatchObject({ ok: true, query: "meta.a[eq:number]=1" });
    expect(check(`a == 1${" and b == 1".repeat(5)}`, { limits }).diagnostics.map((d) => d.code)).toEqual(["TOO_MANY_CONDITIONS"]);
  });

  it("gives back a nesting level when a syntax error leaves a group", () => {
    const groups = Array.from({ length: 70 }, () => "(a == 1 5)").join(" and ");
    expect(check(groups).diagnostics.map((d) => d.code)).not.toContain("TOO_DEEP");
    expect(check("(a == 1 5 6) and (b == 2)", { limits: { maxDepth: 1 } }).diagnostics.map((d) => d.code)).toEqual(["UNEXPECTED_TOKEN"]);
  });

  it.each([
    ["(a ==", ["UNCLOSED_PAREN 0-1", "EXPECTED_VALUE 5-5"]],
    ["(a in (1,", ["UNCLOSED_PAREN 0-1", "EXPECTED_VALUE 9-9"]],
    ["(not", ["UNCLOSED_PAREN 0-1", "EXPECTED_FIELD 4-4"]],
    ["(a == 1) and (b ==", ["UNCLOSED_PAREN 13-14", "EXPECTED_VALUE 18-18"]],
  ])("reports what is missing before an unclosed `(`: %s", (source, expected) => {
    expect(check(source).diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`)).toEqual(expected);
    expect(check(source).diagnostics[1]!.message).toMatch(/found the end of the filter$/);
  });

  it("counts the unclosed `(` after the first in one report", () => {
    expect(check("((a == 1").diagnostics[0]!.message).toBe("this `(` is never closed (nor is the `(` after it)");
    expect(check("(((a == 1").diagnostics[0]!.message).toBe("this `(` is never closed (nor are the 2 after it)");
  });

  it("suggests an `in` for part of an `or` only where the API would take it", () => {
    for (const source of ["a == true or a == false or b == 1", 'a == 1 or a == "1" or b == 2', 'x == 1 or y == 2 or creator == "a" or creator == "b"']) {
      expect(only(source, "OR_ACROSS_FIELDS").hint).toBe("make one request per field and merge the results");
    }
    const eleven = Array.from({ length: 11 }, (_, i) => `a == ${i}`).join(" or ");
    expect(only(`${eleven} or b == 1`, "OR_ACROSS_FIELDS").hint).toBe("make one request per field and merge the results");
  });

  it("holds a written boolean `in` inside an `or` to the rules of `in`", () => {
    expect(check("enabled in (true) or enabled == true").diagnostics.map((d) => d.code)).toEqual(["IN_BOOLEAN_UNSUPPORTED"]);
  });

  it("reads names that start with a digit after a dot", () => {
    expect(check("items.0.name == 1 and a.1b == 2").query).toBe("meta.items.0.name[eq:number]=1&meta.a.1b[eq:number]=2");
    expect(check("`2fa` == true").query).toBe("meta.2fa[eq:boolean]=true");
  });

  it("reads Unicode spaces as spaces", () => {
    for (const space of ["\u2009", "\u3000", "\u00a0", "\u2003", "\u205f"]) {
      expect(check(`a${space}==${space}"x"`).query, JSON.stringify(space)).toBe("meta.a[eq:string]=x");
    }
    expect(check('a\u200b== "x"').diagnostics.map((d) => d.code)).toEqual(["UNKNOWN_CHARACTER"]);
  });

  it("says when two combinators stand together", () => {
    expect(only("a == 1 and or b == 2", "TRAILING_COMBINATOR")).toMatchObject({ start: 7, end: 10, message: "no condition between this `and` and the `or` after it" });
  });

  it("reports a malformed Filter or null options from JavaScript, without throwing", () => {
    expect(check({ kind: "Filter", body: { kind: "Comparison" } } as never).diagnostics.map((d) => d.code)).toEqual(["INVALID_INPUT"]);
    expect(check("a == 1", null as never).ok).toBe(true);
  });
});

describe("found in a second walk through the README", () => {
  it("ignores limits below 0, so no limit can crash check", () => {
    expect(check("a == 1", { limits: { maxTokens: -1, maxLength: -1 } })).toMatchObject({ ok: true });
  });

  it("reads every Unicode space and line separator as whitespace", () => {
    for (const space of ["\u202f", "\u2028", "\u2029", "\u0085"]) expect(check(`a${space}== 1`).ok, JSON.stringify(space)).toBe(true);
  });

  it("reads a misspelt not at the start of a condition", () => {
    expect(check("nott a == 1").diagnostics.map((d) => d.code)).toEqual(["MISSPELLED_KEYWORD", "NOT_UNSUPPORTED"]);
  });

  it("does not warn of a contradiction among conditions joined by a guess", () => {
    expect(check("a == 1 | a == 2").diagnostics.map((d) => d.code)).toEqual(["UNKNOWN_CHARACTER"]);
  });

  it("reports hand-built Filters it cannot read as INVALID_INPUT, everywhere", () => {
    const broken = { kind: "Filter", body: 5 } as never;
    expect(check(broken).diagnostics.map((d) => d.code)).toEqual(["INVALID_INPUT"]);
    expect(() => format(broken)).toThrow(FilterError);
    expect(() => format(null as never)).toThrow(FilterError);
    expect(() => formatDiagnostic(null as never, null as never)).toThrow(FilterError);
    expect(() => parse("a == 1", null as never)).not.toThrow();
    expect(() => decompile("creator=a", null as never)).not.toThrow();
  });
});
