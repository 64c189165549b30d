import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complete, defineSchema, FilterError, tokenize } from "../src/index.js";

const schema = defineSchema({
  fields: {
    status: { type: "string", values: ["active", "pending", "in review"] },
    priority: "number",
    "region.name": { type: "string", values: ["eu-west", "us-east"] },
    enabled: "boolean",
    and: "string",
  },
});

const FIELDS = ["f:status", "f:priority", "f:region.name", "f:enabled", "f:`and`", "f:creator"];

/** `|` marks the cursor. Items as `kind-initial:insertText`. */
function at(text: string, options = { schema }): { range: string; items: string[] } {
  const offset = text.indexOf("|");
  const r = complete(text.replace("|", ""), offset, options);
  return { range: `${r.replaceStart}-${r.replaceEnd}`, items: r.items.map((i) => `${i.kind[0]}:${i.insertText}`) };
}

describe("complete", () => {
  it.each([
    // the start of a condition
    ["|", "0-0", [...FIELDS, "p:("]],
    ["  |", "2-2", [...FIELDS, "p:("]],
    ["sta|", "0-3", ["f:status"]],
    ["STA|", "0-3", ["f:status"]],
    ["e|", "0-1", ["f:enabled"]],
    ["zz|", "0-2", []],
    ["sta|tus == 1", "0-6", ["f:status"]],
    ["not |", "4-4", [...FIELDS, "p:("]],
    ["(|", "1-1", [...FIELDS, "p:("]],
    ["(a == 1 and |", "12-12", [...FIELDS, "p:("]],
    ["priority == 5 and en|", "18-20", ["f:enabled"]],
    ["cr|", "0-2", ["f:creator"]],
    ["an|", "0-2", ["f:`and`"]],
    // dotted paths and the meta. prefix
    ["region.|", "0-7", ["f:region.name"]],
    ["region.n|", "0-8", ["f:region.name"]],
    ["meta.sta|", "0-8", ["f:status"]],
    // operators for the field's type
    ["status |", "7-7", ["o:==", "o:in ("]],
    ["priority |", "9-9", ["o:==", "o:<", "o:<=", "o:>", "o:>=", "o:in ("]],
    ["enabled |", "8-8", ["o:=="]],
    ["unknown |", "8-8", ["o:==", "o:<", "o:<=", "o:>", "o:>=", "o:in ("]],
    ["priority >|", "9-10", ["o:>", "o:>="]],
    ["priority <|= 5", "9-11", ["o:<", "o:<="]],
    ["priority >|= 1", "9-11", ["o:>", "o:>="]],
    ["priority |== 1", "9-11", ["o:==", "o:<", "o:<=", "o:>", "o:>=", "o:in ("]],
    ["status i|", "7-8", ["o:in ("]],
    ["status not |", "11-11", ["k:in ("]],
    ["status in |", "10-10", ["p:("]],
    // values
    ["status == |", "10-10", ['v:"active"', 'v:"pending"', 'v:"in review"']],
    ["status ==|", "9-9", ['v: "active"', 'v: "pending"', 'v: "in review"']],
    ['status == "pe|', "10-13", ['v:"pending"']],
    ['status == "PE|nding" and x == 1', "10-19", ['v:"pending"']],
    ['status == "in r|', "10-15", ['v:"in review"']],
    ["status == act|", "10-13", ['v:"active"']],
    ["enabled == |", "11-11", ["v:true", "v:false"]],
    ["enabled == t|", "11-12", ["v:true"]],
    ["priority == |", "12-12", []],
    ["region.name == |", "15-15", ['v:"eu-west"', 'v:"us-east"']],
    // lists
    ["status in (|", "11-11", ['v:"active"', 'v:"pending"', 'v:"in review"']],
    ['status in ("active", |', "21-21", ['v:"pending"', 'v:"in review"']],
    ['status in ("active" |', "20-20", ["p:, ", "p:)"]],
    // after a condition
    ['status == "active" |', "19-19", ["k:and", "k:or"]],
    ['status == "active" an|', "19-21", ["k:and"]],
    ['status == "active" O|', "19-20", ["k:or"]],
    ['(status == "active"|', "19-19", ["k: and", "k: or", "p:)"]],
    ['((a == 1) |', "10-10", ["k:and", "k:or", "p:)"]],
    ['(a == 1 or b == 2) |', "19-19", ["k:and", "k:or"]],
    // the whole token under the cursor is replaced, after the cursor too
    ['reg|ion.name == "x"', "0-11", ["f:region.name"]],
    ["a.b|.c == 1", "0-5", []],
    ['status == |"active"', "10-18", ['v:"active"', 'v:"pending"', 'v:"in review"']],
    ['status == "act|ive" and b == 1', "10-18", ['v:"active"']],
    ["status == “ac|", "10-13", ['v:"active"']],
    ["status == “active”|", "18-18", ["k: and", "k: or"]],
    // creator is the API's parameter: `==` and any string
    ["creator |", "8-8", ["o:=="]],
    ['creator == |', "11-11", []],
    // a closed string that ends in an escaped backslash
    ['a == "x\\\\"|', "10-10", ["k: and", "k: or"]],
    // the middle of the text, and text that does not parse
    ['status == "active" and |priority > 1', "23-31", [...FIELDS, "p:("]],
    ["status == == |", "13-13", []],
    ["status == == 1 and |", "19-19", [...FIELDS, "p:("]],
  ])("%s", (text, range, items) => {
    expect(at(text)).toEqual({ range, items });
  });

  it("offers creator and the structure without a schema", () => {
    expect(at("|", {} as never)).toEqual({ range: "0-0", items: ["f:creator", "p:("] });
    expect(at("enabled == |", {} as never)).toEqual({ range: "11-11", items: [] });
  });

  it("clamps the offset to the text", () => {
    expect(complete("sta", 99, { schema }).items.map((i) => i.label)).toEqual(["status"]);
    expect(complete("sta", -5, { schema }).replaceStart).toBe(0);
    expect(complete("sta", Number.NaN, { schema })).toMatchObject({ replaceStart: 0, replaceEnd: 3 });
  });

  it("writes a schema field named creator as meta.creator", () => {
    const withCreator = defineSchema({ fields: { creator: { type: "string", values: ["x"] } } });
    expect(complete("cr", 2, { schema: withCreator }).items.map((i) => i.insertText)).toEqual(["meta.creator", "creator"]);
    expect(complete("meta.cr", 7, { schema: withCreator }).items.map((i) => i.insertText)).toEqual(["meta.creator"]);
    expect(complete("meta.creator == ", 16, { schema: withCreator }).items.map((i) => i.insertText)).toEqual(['"x"']);
    expect(complete("creator == ", 11, { schema: withCreator }).items).toEqual([]);
  });

  it("gives each field its type as detail", () => {
    expect(complete("", 0, { schema }).items.find((i) => i.label === "priority")).toEqual({ label: "priority", kind: "field", insertText: "priority", detail: "number" });
  });

  it("never throws, and keeps its range inside the text, at any offset of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const r = complete(text, offset, { schema });
        expect(r.replaceStart).toBeLessThanOrEqual(offset);
        expect(r.replaceEnd).toBeGreaterThanOrEqual(offset);
        expect(r.replaceEnd).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("tokenize", () => {
  const show = (source: string) => tokenize(source).map((t) => `${t.type}:${source.slice(t.start, t.end)}`);

  it("colours each kind of token", () => {
    expect(show('status == "a" and n in (1, -2.5) or not meta.and >= 3 and f == true')).toEqual([
      "field:status", "whitespace: ", "operator:==", "whitespace: ", 'string:"a"', "whitespace: ", "keyword:and", "whitespace: ",
      "field:n", "whitespace: ", "keyword:in", "whitespace: ", "punctuation:(", "number:1", "punctuation:,", "whitespace: ", "number:-2.5",
      "punctuation:)", "whitespace: ", "keyword:or", "whitespace: ", "keyword:not", "whitespace: ", "field:meta", "punctuation:.",
      "field:and", "whitespace: ", "operator:>=", "whitespace: ", "number:3", "whitespace: ", "keyword:and", "whitespace: ", "field:f",
      "whitespace: ", "operator:==", "whitespace: ", "boolean:true",
    ]);
  });

  it("marks what the parser would reject as invalid", () => {
    expect(show("a == active $ b =< 1_0 “q” `x y`.0")).toEqual([
      "field:a", "whitespace: ", "operator:==", "whitespace: ", "invalid:active", "whitespace: ", "invalid:$", "whitespace: ", "field:b",
      "whitespace: ", "invalid:=<", "whitespace: ", "invalid:1_0", "whitespace: ", "invalid:“q”", "whitespace: ", "field:`x y`",
      "punctuation:.", "field:0",
    ]);
    expect(show('a == "unclosed')).toEqual(["field:a", "whitespace: ", "operator:==", "whitespace: ", 'string:"unclosed']);
  });

  it("agrees with the parser on what is whitespace and what is a value", () => {
    expect(show("a\u200bb")).toEqual(["field:a", "invalid:\u200b", "field:b"]);
    expect(show("a\u202fb\u2028c")).toEqual(["field:a", "whitespace:\u202f", "field:b", "whitespace:\u2028", "field:c"]);
    expect(show("a\u3000b")).toEqual(["field:a", "whitespace:\u3000", "field:b"]);
    expect(show("s in (active, b)")).toEqual(["field:s", "whitespace: ", "keyword:in", "whitespace: ", "punctuation:(", "invalid:active", "punctuation:,", "whitespace: ", "invalid:b", "punctuation:)"]);
  });

  it("refuses what is not text", () => {
    expect(() => tokenize(42 as never)).toThrow(FilterError);
    expect(() => complete(null as never, 0)).toThrow(FilterError);
  });

  it("covers every character, in order, on any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (source) => {
        let at = 0;
        for (const t of tokenize(source)) {
          expect(t.start).toBe(at);
          expect(t.end).toBeGreaterThan(t.start);
          at = t.end;
        }
        expect(at).toBe(source.length);
      }),
      { numRuns: 2000 },
    );
  });
});
