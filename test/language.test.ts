import { describe, expect, it } from "vitest";
import { format, parse } from "../src/index.js";
import { parseError, withoutSpans } from "./helpers.js";

const cmp = (path: string[], operator: string, value: unknown, metaPrefix = false) => ({
  kind: "Comparison",
  field: { kind: "Field", path, metaPrefix },
  operator,
  value,
});
const str = (value: string) => ({ kind: "String", value });
const num = (value: number, raw = String(value)) => ({ kind: "Number", value, raw });

describe("parse", () => {
  it("reads the example into an AST with source spans", () => {
    const source = 'status == "active" and ratings in (4, 5) and region.name == "eu-west"';
    const filter = parse(source);
    expect(filter.span).toEqual({ start: 0, end: source.length });
    expect(filter.body).toMatchObject({
      kind: "And",
      span: { start: 0, end: 69 },
      operands: [
        { kind: "Comparison", span: { start: 0, end: 18 }, operatorSpan: { start: 7, end: 9 }, value: { span: { start: 10, end: 18 } } },
        { kind: "In", negated: false, span: { start: 23, end: 40 }, field: { path: ["ratings"], span: { start: 23, end: 30 } } },
        { kind: "Comparison", field: { path: ["region", "name"], span: { start: 45, end: 56 } } },
      ],
    });
  });

  it.each([
    ["an empty filter", ""],
    ["an all-whitespace filter", " \t\r\n "],
  ])("reads %s as no condition", (_, source) => {
    expect(parse(source).body).toBeNull();
  });

  it.each([
    ["a == 1", "=="],
    ["a = 1", "=="],
    ["a != 1", "!="],
    ["a < 1", "<"],
    ["a <= 1", "<="],
    ["a > 1", ">"],
    ["a >= 1", ">="],
  ])("reads %s with operator %s", (source, operator) => {
    expect(withoutSpans(parse(source).body)).toEqual(cmp(["a"], operator, num(1)));
  });

  it("reads in and not in lists", () => {
    expect(withoutSpans(parse('a in ("x", "y")').body)).toEqual({
      kind: "In",
      field: { kind: "Field", path: ["a"], metaPrefix: false },
      negated: false,
      values: [str("x"), str("y")],
    });
    expect(parse("a NOT IN (1)").body).toMatchObject({ kind: "In", negated: true });
    expect(parse("a in ()").body).toMatchObject({ kind: "In", values: [] });
  });

  it.each([
    [String.raw`"say \"hi\""`, 'say "hi"'],
    [String.raw`'it\'s'`, "it's"],
    [String.raw`"a\\b"`, "a\\b"],
    [String.raw`"line\nnext\ttab"`, "line\nnext\ttab"],
    [String.raw`"\u00e9\u0041"`, "éA"],
    [String.raw`'double " inside single'`, 'double " inside single'],
    ['""', ""],
  ])("reads the string %s", (literal, value) => {
    expect(parse(`a == ${literal}`).body).toMatchObject({ value: { kind: "String", value } });
  });

  it.each([
    ["42", 42],
    ["-7", -7],
    ["3.25", 3.25],
    ["-1.5e3", -1500],
    ["2E-2", 0.02],
    ["1e+21", 1e21],
  ])("reads the number %s", (raw, value) => {
    expect(parse(`a == ${raw}`).body).toMatchObject({ value: { kind: "Number", value, raw } });
  });

  it("reads booleans and keywords in any case", () => {
    expect(withoutSpans(parse("a == TRUE Or a == False").body)).toEqual({
      kind: "Or",
      operands: [cmp(["a"], "==", { kind: "Boolean", value: true }), cmp(["a"], "==", { kind: "Boolean", value: false })],
    });
    expect(parse("a == 1 AND b In (2) aNd NOT c == 3").body).toMatchObject({ kind: "And", operands: [{}, { kind: "In" }, { kind: "Not" }] });
  });

  it.each(["index", "order", "android", "notes", "inbox", "true_value", "falsehood", "Or_else"])(
    "reads %s as a field, not a keyword",
    (name) => {
      expect(parse(`${name} == 1`).body).toMatchObject({ field: { path: [name] } });
    },
  );

  it("strips the meta. prefix and keeps creator apart from meta.creator", () => {
    expect(parse('meta.status == "a"').body).toMatchObject({ field: { path: ["status"], metaPrefix: true } });
    expect(parse('creator == "u"').body).toMatchObject({ field: { path: ["creator"], metaPrefix: false } });
    expect(parse('meta.creator == "u"').body).toMatchObject({ field: { path: ["creator"], metaPrefix: true } });
    expect(parse("meta == 1").body).toMatchObject({ field: { path: ["meta"], metaPrefix: false } });
  });

  it("writes keyword fields in backticks or after a dot", () => {
    expect(parse("`and` == 1").body).toMatchObject({ field: { path: ["and"] } });
    expect(parse("meta.in == 1").body).toMatchObject({ field: { path: ["in"] } });
    expect(parse("tags.not.or == 1").body).toMatchObject({ field: { path: ["tags", "not", "or"] } });
    expect(parse("`my-field`.`x y` == 1").body).toMatchObject({ field: { path: ["my-field", "x y"] } });
  });

  it("binds not tighter than and, and and tighter than or", () => {
    expect(withoutSpans(parse("not a == 1 and b == 2 or c == 3").body)).toMatchObject({
      kind: "Or",
      operands: [{ kind: "And", operands: [{ kind: "Not" }, { kind: "Comparison" }] }, { kind: "Comparison" }],
    });
  });

  it("keeps parenthesized junctions nested as typed", () => {
    expect(parse("(a == 1 and b == 2) and c == 3").body).toMatchObject({ kind: "And", operands: [{ kind: "And" }, { kind: "Comparison" }] });
  });
});

describe("syntax errors", () => {
  // Each: the filter, the code, and the span [start, end) it points at.
  it.each([
    ["status == active", "UNQUOTED_VALUE", 10, 16],
    ["a == 1 b == 2", "MISSING_COMBINATOR", 7, 8],
    ["(a == 1 b == 2)", "MISSING_COMBINATOR", 8, 9],
    ["(a == 1", "UNCLOSED_PAREN", 0, 1],
    ["a in (1, 2", "UNCLOSED_PAREN", 5, 6],
    ['a == "abc', "UNCLOSED_STRING", 5, 6],
    ["`abc == 1", "UNCLOSED_STRING", 0, 1],
    [String.raw`a == "x\qy"`, "INVALID_ESCAPE", 7, 9],
    [String.raw`a == "\u12"`, "INVALID_ESCAPE", 6, 8],
    ["a ==", "EXPECTED_VALUE", 4, 4],
    ["a in (1,)", "EXPECTED_VALUE", 8, 9],
    ["a", "EXPECTED_OPERATOR", 1, 1],
    ["a 5", "EXPECTED_OPERATOR", 2, 3],
    ["a == 1 and", "TRAILING_COMBINATOR", 7, 10],
    ["a == 1 or (b == 2 and)", "TRAILING_COMBINATOR", 18, 21],
    ["a == 1 and and b == 2", "TRAILING_COMBINATOR", 7, 10],
    ['"x" == a', "EXPECTED_FIELD", 0, 3],
    ["region. == 1", "EXPECTED_FIELD", 8, 10],
    ["a == 1)", "UNMATCHED_PAREN", 6, 7],
    ["(a == 1))", "UNMATCHED_PAREN", 8, 9],
    ['a in (1) "x"', "UNEXPECTED_TOKEN", 9, 12],
    ["a in 1", "UNEXPECTED_TOKEN", 5, 6],
    ["a in (1 2)", "UNEXPECTED_TOKEN", 8, 9],
    ["a == 1 $", "UNKNOWN_CHARACTER", 7, 8],
  ])("%s -> %s", (source, code, start, end) => {
    const [first] = parseError(source).diagnostics;
    expect(first).toMatchObject({ code, severity: "error", start, end });
  });

  it("stops at the nesting limit", () => {
    const source = `a == 1 and ${"(".repeat(70)}a == 1${")".repeat(70)}`;
    expect(parseError(source).diagnostics).toMatchObject([{ code: "TOO_DEEP", start: 75, end: 76 }]);
  });

  it("words its messages for people, never with token names", () => {
    expect(parseError("a ==").diagnostics[0]!.message).toBe("expected a value after `==`, found the end of the filter");
    expect(parseError("a == 1 b == 2").diagnostics[0]!.message).toBe("expected `and` or `or` between two conditions");
    expect(parseError("(a == 1").diagnostics[0]!.message).toBe("this `(` is never closed");
    expect(parseError("status == active").diagnostics[0]).toMatchObject({
      message: "`active` is not a value: strings are written in quotes",
      hint: 'write "active"',
    });
  });

  it("gives lines and columns, columns counted in code points", () => {
    const [d] = parseError('emoji == "😀" and\n  x == y').diagnostics;
    expect(d).toMatchObject({ code: "UNQUOTED_VALUE", line: 2, column: 8, start: 25, end: 26 });
    const [e] = parseError('a == "😀😀" b == 1').diagnostics;
    expect(e).toMatchObject({ code: "MISSING_COMBINATOR", line: 1, column: 11, start: 12 });
  });

  it("reports every lexer error, but not the parse errors a dropped character causes", () => {
    expect(parseError("a == 1 # and b ! 2").diagnostics.map((d) => `${d.code} ${d.start}`)).toEqual(["UNKNOWN_CHARACTER 7", "UNKNOWN_CHARACTER 15"]);
    expect(parseError("a == 1 # and b").diagnostics.map((d) => `${d.code} ${d.start}`)).toEqual(["UNKNOWN_CHARACTER 7", "EXPECTED_OPERATOR 14"]);
  });
});

describe("format", () => {
  it.each([
    ["a = 1", "a == 1"],
    ["  A  ==  'x'  AND  b   IN(1,2)  ", 'A == "x" and b in (1, 2)'],
    ["meta.status == 'a'", 'status == "a"'],
    ["meta.creator == 'a'", 'meta.creator == "a"'],
    ["creator == 'a'", 'creator == "a"'],
    ["meta.meta.x == 1", "meta.meta.x == 1"],
    ["`and` == true or meta.in == false", "`and` == true or `in` == false"],
    ["x.and == 1", "x.and == 1"],
    ["a == 1 or b == 2 and c == 3", "a == 1 or (b == 2 and c == 3)"],
    ["(a == 1 or b == 2) and c == 3", "(a == 1 or b == 2) and c == 3"],
    ["not (a == 1 or b == 2)", "not (a == 1 or b == 2)"],
    ["a NOT IN (1)", "a not in (1)"],
    [String.raw`a == 'it\'s "q" \\ \n'`, String.raw`a == "it's \"q\" \\ \n"`],
    [String.raw`a == "\u0000\u001f\u2028"`, String.raw`a == "\u0000\u001f\u2028"`],
    ["a == 1.50", "a == 1.5"],
    ["a == -0", "a == -0"],
    ["", ""],
  ])("%s -> %s", (source, canonical) => {
    expect(format(parse(source))).toBe(canonical);
  });
});
