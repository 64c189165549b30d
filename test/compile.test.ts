import { describe, expect, it } from "vitest";
import { check, compile, decompile, DEFAULT_LIMITS, FilterError, format } from "../src/index.js";
import { codes } from "./helpers.js";

describe("the API reference's examples, both ways", () => {
  // [filter text, query with typeSuffix "minimal" as the docs write it, query with default options]
  const examples: [string, string, string][] = [
    ["", "", ""],
    ['status == "active"', "meta.status[eq]=active", "meta.status[eq:string]=active"],
    ['status in ("pending", "deleted", "flagged")', "meta.status[in]=pending|deleted|flagged", "meta.status[in:string]=pending|deleted|flagged"],
    ["ratings in (4, 5)", "meta.ratings[in:number]=4|5", "meta.ratings[in:number]=4|5"],
    ['region.name == "eu-west"', "meta.region.name[eq]=eu-west", "meta.region.name[eq:string]=eu-west"],
    ['status == "active" and creator == "user123"', "meta.status[eq]=active&creator=user123", "meta.status[eq:string]=active&creator=user123"],
    ['status == "active" and priority == 5', "meta.status[eq]=active&meta.priority[eq:number]=5", "meta.status[eq:string]=active&meta.priority[eq:number]=5"],
    ["enabled == true", "meta.enabled[eq:boolean]=true", "meta.enabled[eq:boolean]=true"],
    ['region in ("us-east", "us-west", "eu-west")', "meta.region[in]=us-east|us-west|eu-west", "meta.region[in:string]=us-east|us-west|eu-west"],
    ["first.second.third.fourth.fifth == 1", "meta.first.second.third.fourth.fifth[eq:number]=1", "meta.first.second.third.fourth.fifth[eq:number]=1"],
  ];

  it.each(examples)("%s", (filter, docsQuery, typedQuery) => {
    expect(compile(filter, { typeSuffix: "minimal" })).toBe(docsQuery);
    expect(compile(filter)).toBe(typedQuery);
    expect(format(decompile(docsQuery).filter)).toBe(filter);
    expect(format(decompile(typedQuery).filter)).toBe(filter);
    expect(format(decompile(`/images/v2?${docsQuery}`).filter)).toBe(filter);
  });

  it("compiles the issue's example bit for bit", () => {
    expect(compile('status == "active" and ratings in (4,5) and region.name == "eu-west"')).toBe(
      "meta.status[eq:string]=active&meta.ratings[in:number]=4|5&meta.region.name[eq:string]=eu-west",
    );
  });
});

describe("lowering", () => {
  it.each([
    ['creator == "x"', "creator=x"],
    ['creator == ""', "creator="],
    ['meta.creator == "x"', "meta.creator[eq:string]=x"],
    ["a < 1 and a <= 2 and a > 3 and a >= 4", "meta.a[lt:number]=1&meta.a[lte:number]=2&meta.a[gt:number]=3&meta.a[gte:number]=4"],
    ['status == "a" or status == "b"', "meta.status[in:string]=a|b"],
    ['status == "a" or status in ("b", "a") or (status == "c")', "meta.status[in:string]=a|b|c"],
    ["n == 1 or n == 1", "meta.n[eq:number]=1"],
    ["flag == true or flag == true", "meta.flag[eq:boolean]=true"],
    ["n in (3, 3, 1)", "meta.n[in:number]=3|1"],
    ["(a == 1 and b == 2) and (c == 3)", "meta.a[eq:number]=1&meta.b[eq:number]=2&meta.c[eq:number]=3"],
    ['x == 2 and creator == "u" and y == 3', "meta.x[eq:number]=2&creator=u&meta.y[eq:number]=3"],
  ])("%s -> %s", (filter, query) => {
    expect(compile(filter)).toBe(query);
  });

  // What the API cannot express: [filter, code, start, end]
  it.each([
    ["a != 1", "NOT_EQUAL_UNSUPPORTED", 2, 4],
    ["not a == 1", "NOT_UNSUPPORTED", 0, 10],
    ["a not in (1, 2)", "NOT_IN_UNSUPPORTED", 0, 15],
    ['a == 1 or b == 2', "OR_ACROSS_FIELDS", 0, 16],
    ['x == 1 and (a == "1" or b == "1")', "OR_ACROSS_FIELDS", 11, 33],
    ["a < 1 or a > 5", "OR_UNSUPPORTED", 0, 14],
    ["a == 1 or (a == 2 and b == 3)", "OR_UNSUPPORTED", 0, 29],
    ["a == 1 or not a == 2", "OR_UNSUPPORTED", 0, 20],
    ['a < "x"', "RANGE_NOT_NUMBER", 4, 7],
    ["a >= true", "RANGE_NOT_NUMBER", 5, 9],
    ["a in (true)", "IN_BOOLEAN_UNSUPPORTED", 0, 11],
    ["a == true or a == false", "IN_BOOLEAN_UNSUPPORTED", 0, 23],
    ['a in (1, "1")', "MIXED_TYPES", 0, 13],
    ['a == 1 or a == "1"', "MIXED_TYPES", 0, 18],
    ['creator != "x"', "CREATOR_UNSUPPORTED", 0, 14],
    ["creator == 5", "CREATOR_UNSUPPORTED", 0, 12],
    ['creator in ("a", "b")', "CREATOR_UNSUPPORTED", 0, 21],
    ['creator == "a" or creator == "b"', "CREATOR_UNSUPPORTED", 0, 32],
    ['creator == "a" and creator == "b"', "CREATOR_REPEATED", 19, 33],
  ])("%s -> %s", (filter, code, start, end) => {
    expect(codes(filter)).toEqual([`${code} ${start}-${end}`]);
  });

  it("names the construct and says what the API supports instead", () => {
    const [d] = check("not priority < 5").diagnostics;
    expect(d).toMatchObject({ message: "the API cannot negate a condition (`not`)", hint: "write `priority >= 5` instead (it skips images without the field)" });
    const [or] = check('status == "a" or region == "b"').diagnostics;
    expect(or!.message).toBe("`or` across different fields (`status` and `region`) cannot be sent: the API joins every condition with `and`");
    const [ne] = check("enabled != true").diagnostics;
    expect(ne!.hint).toBe("write `enabled == false` (it skips images without the field)");
  });

  it("reports every unsupported construct at once", () => {
    expect(codes('a != 1 and not b == 2 and c < "x"')).toEqual(["NOT_EQUAL_UNSUPPORTED 2-4", "NOT_UNSUPPORTED 11-21", "RANGE_NOT_NUMBER 30-33"]);
  });
});

describe("validation", () => {
  const six = "a == 1 and b == 2 and c == 3 and d == 4 and e == 5 and f == 6";
  it.each([
    [six, "TOO_MANY_CONDITIONS", 55, 61],
    ["p >= 1 and p <= 9 and q > 1 and q < 9 and r in (1, 2) and s == 1", "TOO_MANY_CONDITIONS", 58, 64],
    ["a.b.c.d.e.f == 1", "FIELD_TOO_DEEP", 0, 11],
    ["`a-b` == 1", "FIELD_NAME_INVALID", 0, 5],
    ["x.`` == 1", "FIELD_NAME_INVALID", 0, 4],
    [`${"f".repeat(101)} == 1`, "FIELD_NAME_TOO_LONG", 0, 101],
    [`${"f".repeat(50)}.${"g".repeat(50)} == 1`, "FIELD_NAME_TOO_LONG", 0, 101],
    ["a in ()", "IN_LIST_EMPTY", 0, 7],
    ["a in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)", "IN_LIST_TOO_LONG", 0, 40],
    ['a in ("x|y", "z")', "IN_VALUE_HAS_PIPE", 6, 11],
    ["a == 1e400", "NUMBER_NOT_FINITE", 5, 10],
    ["a in (1, -1e999)", "NUMBER_NOT_FINITE", 9, 15],
    [String.raw`a == "\uD800"`, "STRING_INVALID_UNICODE", 5, 13],
    [String.raw`creator == "\uDC00x"`, "STRING_INVALID_UNICODE", 0, 20],
  ])("%s -> %s", (filter, code, start, end) => {
    expect(codes(filter)).toEqual([`${code} ${start}-${end}`]);
    expect(() => compile(filter)).toThrow(FilterError);
  });

  it("lets creator and the fifth condition through", () => {
    expect(check('a == 1 and b == 2 and c == 3 and d == 4 and e == 5 and creator == "u"').ok).toBe(true);
    expect(check(`${"f".repeat(100)} == 1`).ok).toBe(true);
    expect(check('a in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 1)').ok).toBe(true);
    expect(check('a == "x|y"').query).toBe("meta.a[eq:string]=x%7Cy");
  });

  it.each([
    ["priority == 5 and priority <= 3", 18, 31],
    ['status == "a" and status == "b"', 18, 31],
    ["p > 5 and p < 5", 10, 15],
    ["p >= 5 and p <= 4", 11, 17],
    ["p in (1, 2) and p in (3, 4)", 16, 27],
    ["p in (1, 7) and p > 3 and p < 6", 26, 31],
    ['p == 1 and p == "1"', 11, 19],
    ["flag == true and flag == false", 17, 30],
    [`s == "${"x".repeat(1025)}"`, 5, 1032],
    [`s == "${"é".repeat(513)}"`, 5, 520],
  ])("warns when nothing can match: %s", (filter, start, end) => {
    const result = check(filter);
    expect(result.ok).toBe(true);
    expect(result.query).toBeDefined();
    expect(result.diagnostics.map((d) => [d.severity, d.start, d.end])).toEqual([["warning", start, end]]);
  });

  it.each([
    "priority == 5 and priority <= 5",
    "p > 1 and p < 2",
    "p >= 2 and p <= 2",
    "p in (1, 7) and p > 3",
    `s == "${"x".repeat(1024)}"`,
    `s == "${"é".repeat(512)}"`,
  ])("does not warn when something can match: %s", (filter) => {
    expect(check(filter).diagnostics).toEqual([]);
  });

  it("takes its limits from options", () => {
    expect(check("a.b.c.d.e.f == 1", { limits: { maxPathDepth: 6 } }).ok).toBe(true);
    expect(codes("a == 1 and b == 2")).toEqual([]);
    expect(check("a == 1 and b == 2", { limits: { maxConditions: 1 } }).diagnostics[0]).toMatchObject({ code: "TOO_MANY_CONDITIONS" });
    expect(DEFAULT_LIMITS).toMatchObject({ maxConditions: 5, maxPathDepth: 5, maxFieldNameLength: 100, maxInValues: 10, maxStringBytes: 1024 });
  });

  it.each([
    [{ sortOrder: "up" }, "INVALID_SORT_ORDER"],
    [{ perPage: 9 }, "INVALID_PER_PAGE"],
    [{ perPage: 10001 }, "INVALID_PER_PAGE"],
    [{ perPage: 50.5 }, "INVALID_PER_PAGE"],
    [{ continuationToken: "x".repeat(33) }, "INVALID_CONTINUATION_TOKEN"],
    [{ typeSuffix: "never" }, "INVALID_OPTION"],
    [{ encoding: "latin1" }, "INVALID_OPTION"],
  ])("rejects the request option %o", (options, code) => {
    expect(check("a == 1", options as never).diagnostics).toMatchObject([{ code, start: 0, end: 0 }]);
  });
});

describe("query string output", () => {
  it("encodes values so they can never add a parameter", () => {
    expect(compile('note == "a&b=c"')).toBe("meta.note[eq:string]=a%26b%3Dc");
    expect(compile('note == "1 + 1 # ? / é"')).toBe("meta.note[eq:string]=1%20%2B%201%20%23%20%3F%20%2F%20%C3%A9");
    expect(compile("n == 1e21 and m == 0.000001 and k == 1e-7")).toBe("meta.n[eq:number]=1e%2B21&meta.m[eq:number]=0.000001&meta.k[eq:number]=1e-7");
    expect(compile("n == -0")).toBe("meta.n[eq:number]=0");
  });

  it("writes untyped operators for strings with typeSuffix minimal", () => {
    expect(compile('s == "a" and s2 in ("b") and n == 1 and b == false and r > 2', { typeSuffix: "minimal" })).toBe(
      "meta.s[eq]=a&meta.s2[in]=b&meta.n[eq:number]=1&meta.b[eq:boolean]=false&meta.r[gt:number]=2",
    );
  });

  it("percent-encodes brackets, colons and pipes with encoding strict", () => {
    expect(compile('s == "a:b" and n in (1, 2)', { encoding: "strict" })).toBe("meta.s%5Beq%3Astring%5D=a%3Ab&meta.n%5Bin%3Anumber%5D=1%7C2");
  });

  it("appends the request options after the filters", () => {
    expect(compile('creator == "u" and a == 1', { sortOrder: "asc", perPage: 50, continuationToken: "tok en" })).toBe(
      "creator=u&meta.a[eq:number]=1&sort_order=asc&per_page=50&continuation_token=tok%20en",
    );
    expect(compile("", { sortOrder: "desc" })).toBe("sort_order=desc");
  });
});

describe("check", () => {
  it("returns the query, the conditions and no diagnostics for a valid filter", () => {
    const result = check("a == 1");
    expect(result).toMatchObject({ ok: true, query: "meta.a[eq:number]=1", diagnostics: [] });
    expect(result.conditions).toMatchObject([{ kind: "meta", path: ["a"], operator: "eq", type: "number", values: [1] }]);
  });

  it("places diagnostics for a decompiled filter in the query string it came from", () => {
    const query = "meta.a[eq]=1&meta.b[eq]=2&meta.c[eq]=3&meta.d[eq]=4&meta.e[eq]=5&meta.f[eq]=6";
    const { filter } = decompile(query);
    expect(check(filter, { source: query }).diagnostics).toMatchObject([{ code: "TOO_MANY_CONDITIONS", start: 65, end: 77, column: 66 }]);
  });
});
