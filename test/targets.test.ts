import { execFileSync } from "node:child_process";
import Cloudflare from "cloudflare";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  check,
  decompile,
  FilterError,
  format,
  fromBindingListOptions,
  fromListParams,
  toBindingListOptions,
  toListParams,
  type Condition,
  type Filter,
} from "../src/index.js";
import { apiFilter } from "./arbitraries/ast.js";
import { apiConditions } from "./helpers.js";

const EXAMPLE = 'status == "active" and ratings in (4,5) and region.name == "eu-west"';

/** The conditions as a set: object targets hold one entry per key, in their own order. */
const asSet = (conditions: readonly Condition[]) => [...new Set(apiConditions(conditions).map((c) => JSON.stringify(c)))].sort();

/** Filters an object target can hold: no field with two different conditions under one operator. */
function representable(filter: Filter): boolean {
  try {
    toListParams(filter);
    toBindingListOptions(filter);
    return true;
  } catch (e) {
    if (e instanceof FilterError && e.diagnostics.every((d) => d.code === "TARGET_CONFLICT")) return false;
    throw e;
  }
}

describe("toListParams, with the real cloudflare SDK", () => {
  const sent: string[] = [];
  const client = new Cloudflare({
    apiToken: "test-token",
    baseURL: "http://sdk.test/client/v4",
    maxRetries: 0,
    fetch: async (url: string | URL | Request) => {
      sent.push(String(url));
      const body = { success: true, errors: [], messages: [], result: { images: [], continuation_token: null } };
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  const send = async (filter: string | Filter, options = {}) => {
    sent.length = 0;
    await client.images.v2.list({ account_id: "023e105f4ecef8ad9ca31a8372d0c353", ...toListParams(filter, options) });
    expect(sent).toHaveLength(1);
    return sent[0]!;
  };

  it("gives params the SDK sends as the API expects", async () => {
    expect(toListParams(EXAMPLE, { sortOrder: "asc", perPage: 50, continuationToken: "abc" })).toEqual({
      meta: { "status[eq:string]": "active", "ratings[in:number]": "4|5", "region.name[eq:string]": "eu-west" },
      sort_order: "asc",
      per_page: 50,
      continuation_token: "abc",
    });
    expect(await send(`${EXAMPLE} and creator == "user 1"`)).toBe(
      "http://sdk.test/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/images/v2?meta.status%5Beq%3Astring%5D=active&meta.ratings%5Bin%3Anumber%5D=4%7C5&meta.region.name%5Beq%3Astring%5D=eu-west&creator=user%201",
    );
  });

  it("sends exactly the conditions compile gives, for a thousand generated filters", async () => {
    let sentCount = 0;
    await fc.assert(
      fc.asyncProperty(apiFilter, fc.constantFrom("always", "minimal"), async (filter, typeSuffix) => {
        fc.pre(representable(filter));
        const url = await send(filter, { typeSuffix });
        const back = check(decompile(url).filter);
        expect(asSet(back.conditions)).toEqual(asSet(check(filter).conditions));
        sentCount++;
      }),
      { numRuns: 1100 },
    );
    expect(sentCount).toBeGreaterThanOrEqual(1000);
  });

  it("checks like compile before producing anything", () => {
    expect(() => toListParams("a != 1")).toThrow(/NOT_EQUAL_UNSUPPORTED/);
    expect(() => toListParams("p > 1 and p > 5")).toThrow(/TARGET_CONFLICT/);
    expect(toListParams("p > 1 and p > 1")).toEqual({ meta: { "p[gt:number]": "1" } });
  });

  it("reads existing params back, with the SDK's own untyped keys", () => {
    expect(format(fromListParams({ account_id: "x", meta: { "status[eq]": "active", "priority[gte:number]": "1" }, creator: "u" }).filter)).toBe(
      'status == "active" and priority >= 1 and creator == "u"',
    );
    expect(fromListParams({ sort_order: "desc", per_page: 20 })).toMatchObject({ sortOrder: "desc", perPage: 20 });
    expect(() => fromListParams({ meta: { "status[in]": ["a", "b"] } } as never)).toThrow(/INVALID_INPUT/);
    expect(() => fromListParams({ meta: { "status[ne]": "a" } })).toThrow(/QUERY_UNKNOWN_OPERATOR/);
  });
});

describe("toBindingListOptions", () => {
  it.each([
    ['status == "active"', { filter: { metadata: { status: "active" } } }],
    ["priority >= 2 and priority <= 8", { filter: { metadata: { priority: { gte: 2, lte: 8 } } } }],
    ["ratings in (4, 5)", { filter: { metadata: { ratings: { in: [4, 5] } } } }],
    ['region.name == "eu-west" and enabled == true', { filter: { metadata: { "region.name": "eu-west", enabled: true } } }],
    ['p == 3 and p in (1, 3)', { filter: { metadata: { p: { eq: 3, in: [1, 3] } } } }],
    ['creator == ""', { creator: "" }],
    ["", {}],
  ])("%s", (filter, expected) => {
    expect(toBindingListOptions(filter)).toEqual(expected);
  });

  it("maps the request options to the binding's names", () => {
    expect(toBindingListOptions("a == 1", { sortOrder: "desc", perPage: 100, continuationToken: "c" })).toEqual({
      filter: { metadata: { a: 1 } },
      sortOrder: "desc",
      limit: 100,
      cursor: "c",
    });
  });

  it("refuses what it cannot hold, and what the API refuses", () => {
    expect(() => toBindingListOptions("a == 1 and a == 2")).toThrow(/TARGET_CONFLICT/);
    expect(() => toBindingListOptions("a == 1 or b == 2")).toThrow(/OR_ACROSS_FIELDS/);
  });

  it("keeps __proto__ a plain key", () => {
    const options = toBindingListOptions("__proto__ == 1");
    expect(Object.keys(options.filter!.metadata!)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(options.filter!.metadata)).toBe(Object.prototype);
  });
});

describe("round trips through the object targets", () => {
  it("fromListParams(toListParams(f)) and fromBindingListOptions(toBindingListOptions(f)) keep the conditions", () => {
    fc.assert(
      fc.property(apiFilter, (filter) => {
        fc.pre(representable(filter));
        const conditions = asSet(check(filter).conditions);
        expect(asSet(check(fromListParams(toListParams(filter)).filter).conditions)).toEqual(conditions);
        expect(asSet(check(fromBindingListOptions(toBindingListOptions(filter)).filter).conditions)).toEqual(conditions);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("types", () => {
  it("are accepted by the real packages' types (test/types/tsconfig.json)", () => {
    execFileSync("npx", ["tsc", "--noEmit", "-p", "test/types/tsconfig.json"], { cwd: new URL("..", import.meta.url).pathname, stdio: "pipe" });
  });
});

describe("reading object targets back, found in review", () => {
  it("skips undefined, and refuses what a query string could not say", () => {
    expect(format(fromBindingListOptions({ filter: { metadata: { status: undefined as never, p: { gte: 2, lte: undefined } } } }).filter)).toBe("p >= 2");
    for (const metadata of [{ s: null }, { p: { in: [] } }, { p: { in: ["a|b"] } }, { p: { gt: Number.NaN } }]) {
      let error: unknown;
      try {
        fromBindingListOptions({ filter: { metadata } } as never);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(metadata)).toBeInstanceOf(FilterError);
      expect((error as FilterError).diagnostics.map((d) => d.code)).toEqual(["INVALID_INPUT"]);
    }
  });

  it("refuses option shapes it does not know, rather than read them as no filter", () => {
    for (const options of [{ metadata: { p: 1 } }, { filtr: { metadata: { p: 1 } } }, { filter: { metadata: { p: ["a"] } } }, { filter: { metadata: { p: {} } } }, { filter: { metadata: { p: { ne: 1 } } } }]) {
      expect(() => fromBindingListOptions(options as never), JSON.stringify(options)).toThrow(/INVALID_INPUT/);
    }
  });

  it("places its diagnostics at offset 0, naming the parameter", () => {
    let error: unknown;
    try {
      fromListParams({ meta: { "status[ne]": "a" } });
    } catch (e) {
      error = e;
    }
    expect((error as FilterError).diagnostics).toMatchObject([{ code: "QUERY_UNKNOWN_OPERATOR", start: 0, end: 0, message: "`ne` is not an operator of the API" }]);
  });

  it("takes the same list twice, in any order, as one", () => {
    expect(toListParams("p in (1, 2) and p in (2, 1)")).toEqual({ meta: { "p[in:number]": "1|2" } });
    expect(toBindingListOptions("p in (1, 2) and p in (2, 1)")).toEqual({ filter: { metadata: { p: { in: [1, 2] } } } });
  });

  it("takes null options as none", () => {
    expect(toListParams("a == 1", null as never)).toEqual({ meta: { "a[eq:number]": "1" } });
    expect(toBindingListOptions("a == 1", null as never)).toEqual({ filter: { metadata: { a: 1 } } });
  });
});
