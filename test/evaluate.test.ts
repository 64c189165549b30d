import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, compile, decompile, filterImages, FilterError, matches, parse, type Filter, type ImageRecord } from "../src/index.js";
import { apiFilter } from "./arbitraries/ast.js";

const images: ImageRecord[] = [
  { id: "1", creator: "u1", meta: { status: "active", priority: 5, region: { name: "eu-west" }, enabled: true } },
  { id: "2", creator: "u2", meta: { status: "pending", priority: "5", region: { name: "us-east" } } },
  { id: "3", meta: { status: "active", priority: 2, enabled: false } },
  { id: "4", creator: "", meta: { status: "Active", priority: 9, region: "eu-west" } },
  { id: "5", creator: null },
];
const ids = (filter: string) => filterImages(images, filter).map((i) => i.id);

describe("matches and filterImages", () => {
  it.each([
    ["", ["1", "2", "3", "4", "5"]],
    ['status == "active"', ["1", "3"]],
    ["priority == 5", ["1"]],
    ['priority == 5 or priority == 9', ["1", "4"]],
    ["priority >= 5", ["1", "4"]],
    ["priority > 2 and priority < 9", ["1"]],
    ['region.name == "eu-west"', ["1"]],
    ['region.name in ("eu-west", "us-east")', ["1", "2"]],
    ["enabled == true", ["1"]],
    ["enabled == false", ["3"]],
    ['creator == "u1"', ["1"]],
    ['creator == ""', ["3", "4", "5"]],
    ['status == "active" and creator == ""', ["3"]],
    ['meta.creator == "u1"', []],
    ["priority == 5 and priority <= 3", []],
  ])("%s", (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it("takes text, a Filter, or what decompile returns", () => {
    const image = images[0]!;
    expect(matches('status == "active"', image)).toBe(true);
    expect(matches(parse('status == "pending"'), image)).toBe(false);
    expect(matches(decompile("meta.status[eq]=active&creator=u1"), image)).toBe(true);
  });

  it("refuses what the API would refuse", () => {
    expect(() => matches("status != 1", images[0]!)).toThrow(FilterError);
    expect(() => filterImages(images, "a == 1 or b == 2")).toThrow(FilterError);
  });

  it("finds nothing through __proto__ or inherited properties", () => {
    expect(matches("__proto__.polluted == 1", { meta: JSON.parse('{"__proto__": {"polluted": 1}}') })).toBe(true);
    expect(matches("toString == 1", { meta: {} })).toBe(false);
    expect(matches("constructor.name == \"Object\"", { meta: {} })).toBe(false);
  });

  it("agrees with itself after compile and decompile, on generated filters and images", () => {
    const scalar = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean());
    const scenario = apiFilter.chain((filter) => {
      // Images built from the filter's own fields and values, so that some match.
      const { conditions } = check(filter);
      const paths = conditions.flatMap((c) => (c.kind === "meta" ? [{ path: c.path, values: c.values }] : []));
      const meta = fc.array(fc.tuple(fc.constantFrom(...(paths.length ? paths : [{ path: ["x"], values: [1] }])), fc.boolean(), scalar), { maxLength: 6 });
      const image = fc.record({ creator: fc.option(fc.constantFrom("", "u1", ...conditions.flatMap((c) => (c.kind === "creator" ? [c.value] : [])))), meta }).map(({ creator, meta }) => {
        const record: Record<string, unknown> = {};
        for (const [{ path, values }, fromFilter, other] of meta) {
          let node = record;
          for (const name of path.slice(0, -1)) node = (node[name] = typeof node[name] === "object" && node[name] !== null ? node[name] : {}) as Record<string, unknown>;
          node[path[path.length - 1]!] = fromFilter ? values[0] : other;
        }
        return { creator, meta: record } as ImageRecord;
      });
      return fc.tuple(fc.constant(filter), fc.array(image, { minLength: 1, maxLength: 5 }));
    });
    let matched = 0;
    fc.assert(
      fc.property(scenario, ([filter, images]: [Filter, ImageRecord[]]) => {
        const back = decompile(compile(filter));
        for (const image of images) {
          const direct = matches(filter, image);
          expect(matches(back, image)).toBe(direct);
          if (direct) matched++;
        }
      }),
      { numRuns: 500 },
    );
    expect(matched).toBeGreaterThan(50);
  });
});

describe("bad input from JavaScript", () => {
  it("is a FilterError, not a TypeError", () => {
    expect(() => matches("a == 1", null as never)).toThrow(FilterError);
    expect(() => filterImages(null as never, "a == 1")).toThrow(FilterError);
    expect(filterImages([null, { meta: { a: 1 } }] as never, "a == 1")).toEqual([{ meta: { a: 1 } }]);
  });
});
