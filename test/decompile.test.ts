import { describe, expect, it } from "vitest";
import { decompile, FilterError, format } from "../src/index.js";

function decompileError(query: string) {
  try {
    decompile(query);
  } catch (e) {
    expect(e).toBeInstanceOf(FilterError);
    return (e as FilterError).diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`);
  }
  throw new Error(`expected ${query} to fail`);
}

describe("decompile", () => {
  it.each([
    ["meta.status[eq:string]=active", 'status == "active"'],
    ["?meta.status[eq]=active", 'status == "active"'],
    ["meta.status%5Beq%3Astring%5D=active", 'status == "active"'],
    ["meta.status[eq]=in+review", 'status == "in review"'],
    ["meta.status[eq]=a%2Bb%26c%3Dd", 'status == "a+b&c=d"'],
    ["meta.n[eq:number]=5&meta.f[eq:boolean]=false", "n == 5 and f == false"],
    ["meta.n[in:number]=1%7C2|3", "n in (1, 2, 3)"],
    ["meta.n[gt]=1&meta.n[gte:number]=2&meta.n[lt]=9&meta.n[lte:number]=8", "n > 1 and n >= 2 and n < 9 and n <= 8"],
    ["meta.n[eq]=5", 'n == "5"'],
    ["creator=", 'creator == ""'],
    ["meta.creator[eq]=x", 'meta.creator == "x"'],
    ["meta.and[eq]=x&meta.meta.x[eq]=y", '`and` == "x" and meta.meta.x == "y"'],
    ["meta.my-field[eq]=x", '`my-field` == "x"'],
    ["meta.a[eq]=1&&meta.b[eq]=2&", 'a == "1" and b == "2"'],
    ["https://api.cloudflare.com/client/v4/accounts/abc/images/v2?meta.a[eq]=1#frag", 'a == "1"'],
    ["https://api.cloudflare.com/client/v4/accounts/abc/images/v2", ""],
    ["/images/v2", ""],
    ["", ""],
    ["meta.a[eq]=x?y", 'a == "x?y"'],
    ["meta.a[eq]", 'a == ""'],
    ["meta.__proto__[eq]=1&meta.constructor.prototype[eq]=2", '__proto__ == "1" and constructor.prototype == "2"'],
  ])("%s -> %s", (query, filter) => {
    expect(format(decompile(query).filter)).toBe(filter);
  });

  it("reads the request options", () => {
    expect(decompile("sort_order=asc&per_page=50&continuation_token=abc%20d&meta.a[eq]=1")).toMatchObject({
      sortOrder: "asc",
      perPage: 50,
      continuationToken: "abc d",
    });
    expect(Object.keys(decompile("meta.a[eq]=1"))).toEqual(["filter"]);
  });

  it("gives spans in the query string", () => {
    const { filter } = decompile("?meta.a[eq:number]=1&creator=u");
    expect(filter.body).toMatchObject({
      kind: "And",
      operands: [
        { span: { start: 1, end: 20 }, field: { span: { start: 1, end: 18 } }, value: { span: { start: 19, end: 20 } } },
        { span: { start: 21, end: 30 } },
      ],
    });
  });

  it("returns nothing that can be polluted through __proto__", () => {
    const result = decompile("meta.__proto__[eq]=x");
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(decompileError("__proto__[polluted]=1")).toEqual(["QUERY_UNKNOWN_PARAMETER 0-19"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["foo=1", ["QUERY_UNKNOWN_PARAMETER 0-3"]],
    ["=1", ["QUERY_UNKNOWN_PARAMETER 0-0"]],
    ["meta.a=1", ["QUERY_UNKNOWN_PARAMETER 0-6"]],
    ["meta.a[ne]=1", ["QUERY_UNKNOWN_OPERATOR 0-10"]],
    // the operator in the API's own error example: "Unsupported metadata filter operator: 'not-eq'"
    ["meta.status[not-eq]=active", ["QUERY_UNKNOWN_OPERATOR 0-19"]],
    ["meta.a[in:boolean]=true", ["QUERY_UNKNOWN_OPERATOR 0-18"]],
    ["meta.a[gt:string]=x", ["QUERY_UNKNOWN_OPERATOR 0-17"]],
    ["meta.a[eq:number]=abc", ["QUERY_INVALID_VALUE 18-21"]],
    ["meta.a[eq:number]=", ["QUERY_INVALID_VALUE 18-18"]],
    ["meta.a[in:number]=1|x", ["QUERY_INVALID_VALUE 20-21"]],
    ["meta.a[in:number]=1%7Cx%7c2", ["QUERY_INVALID_VALUE 22-23"]],
    ["meta.a[in:number]=1||2", ["QUERY_INVALID_VALUE 20-20"]],
    ["meta.a[eq:boolean]=yes", ["QUERY_INVALID_VALUE 19-22"]],
    ["sort_order=up", ["QUERY_INVALID_VALUE 11-13"]],
    ["per_page=ten", ["QUERY_INVALID_VALUE 9-12"]],
    ["meta.a[eq]=%zz", ["QUERY_MALFORMED_ENCODING 11-14"]],
    ["meta.a[eq]=abc%", ["QUERY_MALFORMED_ENCODING 14-15"]],
    ["meta.a[eq]=%C3%28", ["QUERY_MALFORMED_ENCODING 11-17"]],
    ["creator=a&creator=b", ["QUERY_REPEATED_PARAMETER 10-17"]],
    ["x=1&meta.a[eq:number]=y", ["QUERY_UNKNOWN_PARAMETER 0-1", "QUERY_INVALID_VALUE 22-23"]],
  ])("%s fails with %j", (query, expected) => {
    expect(decompileError(query)).toEqual(expected);
  });

  it("keeps repeated metadata parameters as separate conditions", () => {
    expect(format(decompile("meta.a[eq]=1&meta.a[eq]=2").filter)).toBe('a == "1" and a == "2"');
  });
});
