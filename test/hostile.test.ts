import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, compile, decompile, DEFAULT_LIMITS, FilterError, format, parse } from "../src/index.js";
import { MAX_DEPTH_CEILING } from "../src/validate/defaults.js";

const codesOf = (source: string, options = {}) => check(source, options).diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`);

describe("limits on hostile input", () => {
  it("rejects text over maxLength before reading it", () => {
    const megabyte = "a == 1 and ".repeat(100_000);
    expect(codesOf(megabyte)).toEqual([`INPUT_TOO_LONG 10000-${megabyte.length}`]);
    expect(() => parse(megabyte)).toThrow(FilterError);
    expect(codesOf("a == 12", { limits: { maxLength: 6 } })).toEqual(["INPUT_TOO_LONG 6-7"]);
  });

  it("rejects too many tokens", () => {
    expect(codesOf("a == 1 and b == 2", { limits: { maxTokens: 4 } })).toEqual(["TOO_MANY_TOKENS 11-17"]);
  });

  it("does not overflow the stack on 100,000 `(`, whatever the limits say", () => {
    const unlimited = { maxLength: Infinity, maxTokens: Infinity };
    const deep = `${"(".repeat(100_000)}a == 1`;
    expect(codesOf(deep, { limits: unlimited })).toEqual(["UNCLOSED_PAREN 0-1", "TOO_DEEP 64-65"]);
    expect(codesOf(deep, { limits: { ...unlimited, maxDepth: Infinity } })).toEqual(["UNCLOSED_PAREN 0-1", `TOO_DEEP ${MAX_DEPTH_CEILING}-${MAX_DEPTH_CEILING + 1}`]);
    expect(codesOf(`${"not ".repeat(100_000)}a == 1`, { limits: unlimited })).toEqual(["TOO_DEEP 256-259"]);
  });

  it("parses the deepest nesting it allows", () => {
    const filter = parse(`${"(".repeat(MAX_DEPTH_CEILING - 1)}a == 1${")".repeat(MAX_DEPTH_CEILING - 1)}`, { limits: { maxDepth: Infinity } });
    expect(filter.body).toMatchObject({ kind: "Comparison" });
  });

  it("stops reading a 100,000-value list at maxListValues", () => {
    const list = `a in (${Array.from({ length: 100_000 }, (_, i) => i).join(",")})`;
    const d = check(list, { limits: { maxLength: Infinity, maxTokens: Infinity } }).diagnostics;
    // the 101st value, `100`, after "a in (" and 0-9 (two characters each) and 10-99 (three)
    expect(DEFAULT_LIMITS.maxListValues).toBe(100);
    expect(d).toMatchObject([{ code: "TOO_MANY_VALUES", start: 296, end: 299 }]);
  });
});

describe("strings that cannot be encoded, and control characters", () => {
  it("reports a lone surrogate as a FilterError, never a URIError", () => {
    for (const source of [String.raw`a == "\uD800"`, 'a == "\ud800"', String.raw`a in ("x", "\uDFFF")`, String.raw`creator == "\uD83D"`]) {
      expect(() => compile(source)).toThrow(FilterError);
      expect(check(source).diagnostics.map((d) => d.code)).toEqual(["STRING_INVALID_UNICODE"]);
    }
    expect(compile(String.raw`a == "\uD83D\uDE00"`)).toBe("meta.a[eq:string]=%F0%9F%98%80");
  });

  it("round-trips NUL and control characters exactly", () => {
    const value = "\u0000\u0001\u001f\u007f\n\t\r\u2028";
    const source = `a == "${value.replace(/[\s\S]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
    const query = compile(source);
    expect(query).toBe("meta.a[eq:string]=%00%01%1F%7F%0A%09%0D%E2%80%A8");
    const back = decompile(query).filter;
    expect(back.body).toMatchObject({ value: { value } });
    expect(format(back)).toBe(String.raw`a == "\u0000\u0001\u001f\u007f\n\t\r\u2028"`);
    expect(parse(format(back)).body).toMatchObject({ value: { value } });
  });
});

describe("numbers that JavaScript cannot hold as written", () => {
  it.each([
    ["1e400", "NUMBER_NOT_FINITE"],
    ["-1e400", "NUMBER_NOT_FINITE"],
    ["9007199254740993", "NUMBER_IMPRECISE"],
    ["123456789012345678901234567890", "NUMBER_IMPRECISE"],
    ["0.10000000000000000001", "NUMBER_IMPRECISE"],
    ["1e-400", "NUMBER_IMPRECISE"],
  ])("%s is %s", (number, code) => {
    expect(check(`a == ${number}`).diagnostics.map((d) => d.code)).toEqual([code]);
    expect(() => compile(`a == ${number}`)).toThrow(FilterError);
  });

  it.each([
    ["9007199254740992", "9007199254740992"],
    ["-9007199254740991", "-9007199254740991"],
    ["1e21", "1e%2B21"],
    ["0.1", "0.1"],
    ["1.50", "1.5"],
    ["000.5e1", "5"],
    ["1.7976931348623157e308", "1.7976931348623157e%2B308"],
    ["5e-324", "5e-324"],
    ["-0", "0"],
  ])("%s is sent as %s", (number, sent) => {
    expect(compile(`a == ${number}`)).toBe(`meta.a[eq:number]=${sent}`);
  });

  it("checks numbers read from a query string the same way", () => {
    expect(() => decompile("meta.a[eq:number]=9007199254740993")).toThrow(/NUMBER_IMPRECISE/);
  });
});

describe("decompile on hostile query strings", () => {
  it("rejects a query over maxQueryLength before reading it, and reads a long one when allowed", () => {
    const megabyte = Array.from({ length: 60_000 }, (_, i) => `meta.f${i % 7}[eq:number]=${i}`).join("&");
    expect(() => decompile(megabyte)).toThrow(/QUERY_TOO_LONG/);
    const { filter } = decompile(megabyte, { limits: { maxQueryLength: Infinity } });
    expect(filter.body).toMatchObject({ kind: "And" });
    expect(filter.body?.kind === "And" && filter.body.operands).toHaveLength(60_000);
  });

  it("treats __proto__ and constructor as plain names and never pollutes objects", () => {
    const { filter } = decompile("meta.__proto__.polluted[eq]=1&meta.constructor.prototype.polluted[eq]=2");
    expect(format(filter)).toBe('__proto__.polluted == "1" and constructor.prototype.polluted == "2"');
    expect(compile(filter)).toBe("meta.__proto__.polluted[eq:string]=1&meta.constructor.prototype.polluted[eq:string]=2");
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => decompile("__proto__=1&constructor=2")).toThrow(/QUERY_UNKNOWN_PARAMETER/);
  });

  it.each(["%", "%%", "%E0%A4%A", "meta.a[eq]=%ED%A0%80", "meta.%ZZ[eq]=1", "=", "&=&", "meta.a[eq]=1&=2"])("gives a FilterError for %j", (query) => {
    expect(() => decompile(query)).toThrow(FilterError);
  });
});

describe("no eval", () => {
  it("has no eval or new Function anywhere in the source", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(`${dir}/${name}`).isDirectory() ? files(`${dir}/${name}`) : [`${dir}/${name}`]));
    for (const file of files(new URL("../src", import.meta.url).pathname)) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    }
  });
});
