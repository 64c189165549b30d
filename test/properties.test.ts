import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, compile, decompile, FilterError, format, parse } from "../src/index.js";
import { apiFilter, filter } from "./arbitraries/ast.js";
import { apiConditions, withoutSpans } from "./helpers.js";

const runs = { numRuns: 1000 };

function onlyFilterErrors(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
  }
}

describe("properties", () => {
  it("parse(format(ast)) gives back the ast", () => {
    fc.assert(
      fc.property(filter, (ast) => {
        expect(withoutSpans(parse(format(ast)))).toEqual(withoutSpans(ast));
      }),
      runs,
    );
  });

  it("decompile(compile(filter)) gives back the same API conditions", () => {
    fc.assert(
      fc.property(apiFilter, fc.constantFrom("always", "minimal"), fc.constantFrom("readable", "strict"), (ast, typeSuffix, encoding) => {
        const result = check(ast);
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const query = compile(ast, { typeSuffix, encoding } as const);
        const back = check(decompile(query).filter);
        expect(apiConditions(back.conditions)).toEqual(apiConditions(result.conditions));
      }),
      runs,
    );
  });

  it("never lets a raw &, =, #, + or space into a value", () => {
    fc.assert(
      fc.property(apiFilter, (ast) => {
        const query = compile(ast);
        const params = query === "" ? [] : query.split("&");
        expect(params).toHaveLength(check(ast).conditions.length);
        for (const param of params) {
          const [key, value, ...rest] = param.split("=");
          expect(rest).toEqual([]);
          expect(key).toMatch(/^(?:creator|meta\.[A-Za-z0-9_.]+\[(?:eq|in|gt|gte|lt|lte):(?:string|number|boolean)\])$/);
          expect(value).not.toMatch(/[&=#+ ]/);
        }
      }),
      runs,
    );
  });

  it("check never throws and parse throws only FilterError, on any string", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.array(fc.constantFrom("a", "b.c", "==", "=", "!=", "<", ">=", "in", "not", "and", "or", "(", ")", ",", '"x"', "'y", "`z`", "1", "-2.5e3", "true", " ", "\\", '"'), { maxLength: 20 }).map((parts) => parts.join(" ")),
    );
    fc.assert(
      fc.property(text, (source) => {
        const result = check(source);
        for (const d of result.diagnostics) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(source.length);
          expect(d.start).toBeLessThanOrEqual(d.end);
        }
        onlyFilterErrors(() => parse(source));
      }),
      { numRuns: 3000 },
    );
  });

  it("decompile throws only FilterError, on any query string", () => {
    const query = fc.oneof(
      fc.string({ unit: "binary", maxLength: 60 }),
      fc.array(fc.constantFrom("meta.", "a", "[", "]", "eq", "in:number", ":", "=", "&", "%", "%2", "%41", "%E9", "|", "+", "creator", "?", "#", "1"), { maxLength: 20 }).map((p) => p.join("")),
    );
    fc.assert(fc.property(query, (q) => onlyFilterErrors(() => decompile(q))), { numRuns: 3000 });
  });
});
