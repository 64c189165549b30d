import { tokenMatcher, type IToken } from "chevrotain";
import type { Scalar, ValueType } from "../language/ast.js";
import { field as fieldText, scalar } from "../language/printer.js";
import { unquote } from "../language/strings.js";
import { FilterError, invalidInput } from "../diagnostics/diagnostic.js";
import { fieldNames } from "../language/field-names.js";
import { scan, typographicClosed } from "../language/scanner.js";
import * as T from "../language/tokens.js";
import { defineSchema, type Schema, type SchemaInput } from "../schema/schema.js";

export interface CompletionItem {
  readonly label: string;
  readonly kind: "field" | "operator" | "value" | "keyword" | "punctuation";
  /** What to put in place of `replaceStart..replaceEnd`. */
  readonly insertText: string;
  readonly detail?: string;
}

export interface Completions {
  readonly items: readonly CompletionItem[];
  /** The range the chosen item replaces: the partial word (or string, or operator) at the cursor. */
  readonly replaceStart: number;
  readonly replaceEnd: number;
}

export interface CompleteOptions {
  /** The user's metadata fields: where fields, their operators and their values come from. */
  readonly schema?: Schema | SchemaInput | string;
}

/** Where the cursor stands in the grammar, read from the tokens before it. */
type State =
  | "condition" // a condition can start: a field, `not`, `(`
  | "field" // after a field: an operator
  | "dot" // after `field.`: the rest of the field
  | "value" // after an operator: a value
  | "notIn" // after `field not`: `in`
  | "listOpen" // after `in`: `(`
  | "listValue" // in a list, where a value goes
  | "listNext" // in a list, after a value: `,` or `)`
  | "end" // after a condition: `and`, `or`, `)`
  | "lost"; // the text before the cursor does not parse: nothing to suggest

interface Context {
  state: State;
  /** Parentheses opened around conditions and not yet closed. */
  open: number;
  /** Where the field being typed or compared starts, and its path (without the API's `meta.`). */
  fieldStart: number;
  path: string[];
  /** The field so far is just an unquoted `meta`, which a following dot makes the API's prefix. */
  bareMeta: boolean;
  /** The field was written with the API's `meta.` prefix (so `meta.creator` is metadata). */
  prefixed: boolean;
  /** Values already in the list being typed. */
  listed: Scalar[];
}

const OPERATORS: Record<ValueType | "any" | "creator", readonly string[]> = {
  creator: ["=="],
  number: ["==", "<", "<=", ">", ">=", "in"],
  string: ["==", "in"],
  boolean: ["=="],
  any: ["==", "<", "<=", ">", ">=", "in"],
};
const WORD = new Set([T.Identifier, T.QuotedIdentifier, T.NumberLiteral, ...T.KEYWORD_TEXT.keys()]);
const VALUE = new Set([T.StringLiteral, T.NumberLiteral, T.True, T.False, T.Identifier, T.TypographicString]);
const CREATOR: CompletionItem = { label: "creator", kind: "field", insertText: "creator", detail: "the image's creator (the API's creator parameter)" };

/**
 * What can be typed at `offset` in `source`, on any input, finished or not: fields (from the
 * schema, and `creator`), the operators the field's type allows, the schema's values (quoted as
 * needed) and `true`/`false` for booleans, then `and`, `or` and `)`. Items match the partial word
 * at the cursor case-insensitively; the replace range covers it.
 */
export function complete(source: string, offset: number, options: CompleteOptions = {}): Completions {
  if (typeof source !== "string") throw new FilterError([invalidInput("filter text", source)]);
  const result = completions(source, offset, options ?? {});
  // Keep words apart: `"active"` then `and` becomes `"active" and`, not `"active"and`.
  const before = source[result.replaceStart - 1];
  if (before === undefined || /[\s(]/.test(before)) return result;
  const items = result.items.map((item) => (item.insertText === ")" || item.insertText.startsWith(",") ? item : { ...item, insertText: ` ${item.insertText}` }));
  return { ...result, items };
}

function completions(source: string, offset: number, options: CompleteOptions): Completions {
  const schema = options.schema === undefined ? undefined : defineSchema(options.schema);
  const at = Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), source.length)) : source.length;
  // One scan of the whole text; only a token the cursor cuts through is read again, up to the cursor.
  const full = scan(source).tokens;
  const before = full.findIndex((t) => t.startOffset + t.image.length > at);
  const tokens = before === -1 ? full.slice() : full.slice(0, before);
  const cut = before === -1 ? undefined : full[before]!;
  if (cut && cut.startOffset < at) {
    for (const t of scan(source.slice(cut.startOffset, at)).tokens) tokens.push({ ...t, startOffset: t.startOffset + cut.startOffset });
  }
  const last = tokens[tokens.length - 1];
  const touching = last !== undefined && last.startOffset + last.image.length === at;
  const partial = touching && isPartial(last) ? last : undefined;
  const context = read(partial ? tokens.slice(0, -1) : tokens);

  if (context.state === "lost") return { items: [], replaceStart: at, replaceEnd: at };
  const prefix = partial ? partial.image : "";
  const start = partial ? partial.startOffset : at;
  // The whole token under the cursor is replaced, after the cursor too: read it from the full text.
  const index = full.findIndex((t) => t.startOffset === start);
  const target = index === -1 || (!partial && !REPLACEABLE(full[index]!)) ? undefined : full[index]!;
  const end = target ? target.startOffset + target.image.length : at;
  // Field names replace the whole dotted path: `region.na|me.x`.
  const pathEnd = () => {
    let i = index;
    if (target === undefined) return end;
    while (full[i + 1]?.tokenType === T.Dot && full[i + 2] && tokenMatcher(full[i + 2]!, T.FieldSegment)) i += 2;
    return full[i]!.startOffset + full[i]!.image.length;
  };

  switch (context.state) {
    case "condition":
      return matching([...fields(schema), { label: "(", kind: "punctuation", insertText: "(" }], prefix, start, pathEnd());
    case "dot": {
      // Fields match on what has been typed of the whole dotted path.
      const typed = source.slice(context.fieldStart, at);
      const path = context.bareMeta ? typed.slice("meta.".length) : typed;
      return matching(fields(schema).filter((f) => f !== CREATOR), path, context.fieldStart, pathEnd());
    }
    case "field": {
      const creator = !context.prefixed && context.path.length === 1 && context.path[0] === "creator";
      const type = creator ? "creator" : (schema?.fields.get(context.path.join("."))?.type ?? "any");
      const items = OPERATORS[type].map((op): CompletionItem => ({ label: op, kind: "operator", insertText: op === "in" ? "in (" : op }));
      return matching(items, prefix, start, end);
    }
    case "notIn":
      return matching([{ label: "in", kind: "keyword", insertText: "in (" }], prefix, start, end);
    case "listOpen":
      return matching([{ label: "(", kind: "punctuation", insertText: "(" }], prefix, start, end);
    case "value":
    case "listValue": {
      const items = values(schema, context).filter((item) => context.state === "value" || !context.listed.includes(item.value));
      if (partial?.tokenType === T.StringLiteral || partial?.tokenType === T.TypographicString) {
        // Inside a string: match on its text so far, and replace the whole string (typographic
        // quotes with straight ones).
        const text = partial.tokenType === T.StringLiteral ? unquote(partial.image, partial.startOffset, []) : partial.image.slice(1);
        return matching(items.filter((i) => typeof i.value === "string"), text, start, end, true);
      }
      return matching(items, prefix, start, end);
    }
    case "listNext":
      return matching(
        [
          { label: ",", kind: "punctuation", insertText: ", " },
          { label: ")", kind: "punctuation", insertText: ")" },
        ],
        prefix,
        start,
        end,
      );
    case "end": {
      const items: CompletionItem[] = [
        { label: "and", kind: "keyword", insertText: "and" },
        { label: "or", kind: "keyword", insertText: "or" },
      ];
      if (context.open > 0) items.push({ label: ")", kind: "punctuation", insertText: ")" });
      return matching(items, prefix, start, end);
    }
  }
}

/** Without a partial word, a token right at the cursor is replaced if it is one a completion stands for. */
const REPLACEABLE = (t: IToken) => WORD.has(t.tokenType) || t.tokenType === T.StringLiteral || tokenMatcher(t, T.ComparisonOperator);

/** A token at the cursor that may still be being typed: a word, an unclosed string, an operator that can grow (`>` to `>=`). */
function isPartial(t: IToken): boolean {
  if (t.tokenType === T.StringLiteral) return !isClosed(t.image);
  // “ac…: being typed until a closing quote (typographic or straight) ends it.
  if (t.tokenType === T.TypographicString) return !typographicClosed(t.image);
  if (tokenMatcher(t, T.ComparisonOperator)) return OPERATORS.any.some((op) => op.length > t.image.length && op.startsWith(t.image));
  return WORD.has(t.tokenType);
}

/** Whether a string literal's image ends with its closing quote (not with an escaped one). */
function isClosed(image: string): boolean {
  for (let i = 1; i < image.length; i++) {
    if (image[i] === "\\") i++;
    else if (image[i] === image[0]) return i === image.length - 1;
  }
  return false;
}

function read(tokens: readonly IToken[]): Context {
  const c: Context = { state: "condition", open: 0, fieldStart: 0, path: [], bareMeta: false, prefixed: false, listed: [] };
  for (const t of tokens) {
    const type = t.tokenType;
    switch (c.state) {
      case "condition":
        if (type === T.Not) break;
        if (type === T.LParen) c.open++;
        else if (tokenMatcher(t, T.FieldStart)) {
          [c.state, c.fieldStart, c.path] = ["field", t.startOffset, fieldNames(t, [])];
          c.bareMeta = t.tokenType === T.Identifier && t.image === "meta";
          c.prefixed = false;
        }
        else c.state = "lost";
        break;
      case "field":
        if (type === T.Dot) c.state = "dot";
        else if (tokenMatcher(t, T.ComparisonOperator)) c.state = "value";
        else if (type === T.Not) c.state = "notIn";
        else if (type === T.In) c.state = "listOpen";
        else c.state = "lost";
        break;
      case "dot":
        if (tokenMatcher(t, T.FieldSegment)) {
          c.state = "field";
          c.path = c.bareMeta ? fieldNames(t, []) : [...c.path, ...fieldNames(t, [])];
          c.prefixed ||= c.bareMeta;
          c.bareMeta = false;
        } else c.state = "lost";
        break;
      case "value":
        c.state = VALUE.has(type) ? "end" : "lost";
        break;
      case "notIn":
        c.state = type === T.In ? "listOpen" : "lost";
        break;
      case "listOpen":
        [c.state, c.listed] = type === T.LParen ? ["listValue", []] : ["lost", []];
        break;
      case "listValue":
        if (VALUE.has(type)) {
          c.state = "listNext";
          c.listed.push(valueOf(t));
        } else c.state = type === T.RParen ? "end" : "lost";
        break;
      case "listNext":
        c.state = type === T.Comma ? "listValue" : type === T.RParen ? "end" : "lost";
        break;
      case "end":
        if (type === T.And || type === T.Or) c.state = "condition";
        else if (type === T.RParen && c.open > 0) c.open--;
        else c.state = "lost";
        break;
      case "lost":
        // Resynchronise at the next combinator, so one slip does not end completion for good.
        if (type === T.And || type === T.Or) c.state = "condition";
        break;
    }
  }
  return c;
}

function valueOf(t: IToken): Scalar {
  if (t.tokenType === T.StringLiteral) return unquote(t.image, t.startOffset, []);
  if (t.tokenType === T.NumberLiteral) return Number(t.image);
  if (t.tokenType === T.True || t.tokenType === T.False) return t.tokenType === T.True;
  return t.image;
}

function fields(schema: Schema | undefined): CompletionItem[] {
  const items = [...(schema?.fields ?? [])].map(
    ([name, spec]): CompletionItem => ({ label: name, kind: "field", insertText: fieldText({ kind: "Field", path: name.split("."), metaPrefix: true, span: { start: 0, end: 0 } }), detail: spec.type }),
  );
  return [...items, CREATOR];
}

function values(schema: Schema | undefined, c: Context): (CompletionItem & { value: Scalar })[] {
  // A schema field named creator is `meta.creator`; plain `creator` is the API's parameter.
  const creatorParameter = !c.prefixed && c.path.length === 1 && c.path[0] === "creator";
  const spec = creatorParameter ? undefined : schema?.fields.get(c.path.join("."));
  const listed: readonly Scalar[] = spec?.values ?? (spec?.type === "boolean" ? [true, false] : []);
  return listed.map((value) => ({ label: typeof value === "string" ? value : scalar(value), kind: "value", insertText: scalar(value), detail: typeof value, value }));
}

/** Items whose label starts with `prefix`, ignoring case, with the range they replace. */
function matching(items: readonly CompletionItem[], prefix: string, replaceStart: number, replaceEnd: number, raw = false): Completions {
  const lower = prefix.toLowerCase();
  const kept = items
    .filter((item) => item.label.toLowerCase().startsWith(lower) || (!raw && item.insertText.toLowerCase().startsWith(lower)))
    .map(({ label, kind, insertText, detail }) => (detail === undefined ? { label, kind, insertText } : { label, kind, insertText, detail }));
  return { items: kept, replaceStart, replaceEnd };
}
