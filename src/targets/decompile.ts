import { FilterError, invalidInput, locate, problem, type Problem } from "../diagnostics/diagnostic.js";
import type { ComparisonOperator, Expression, Field, Filter, Value, ValueType } from "../language/ast.js";
import { span, type Span } from "../language/span.js";
import { imprecision, NUMBER } from "../language/numbers.js";
import { diagnose } from "../diagnostics/diagnostic.js";
import { OPERATOR_SYMBOL, type MetaOperator } from "../lower/conditions.js";
import { withDefaults, type Limits, type SortOrder } from "../validate/defaults.js";

export interface Decompiled {
  readonly filter: Filter;
  readonly sortOrder?: SortOrder;
  readonly perPage?: number;
  readonly continuationToken?: string;
}

/** Every operator spelling the API accepts, with the type its value has. */
const OPERATORS: Record<string, ValueType> = {
  eq: "string",
  "eq:string": "string",
  "eq:number": "number",
  "eq:boolean": "boolean",
  in: "string",
  "in:string": "string",
  "in:number": "number",
  gt: "number",
  "gt:number": "number",
  gte: "number",
  "gte:number": "number",
  lt: "number",
  "lt:number": "number",
  lte: "number",
  "lte:number": "number",
};
const META_KEY = /^meta\.([^[\]]*)\[([^\]]*)\]$/;

/**
 * Reads a query string (with or without `?`) or a whole URL back into a filter and the request
 * options. Throws a `FilterError` whose positions are offsets into `queryOrUrl`. The filter is
 * read as written; `check` it to apply the API's rules.
 */
export function decompile(queryOrUrl: string, options: { readonly limits?: Partial<Limits> } = {}): Decompiled {
  if (typeof queryOrUrl !== "string") throw new FilterError([invalidInput("a query string or URL", queryOrUrl)]);
  const limits = withDefaults(options?.limits);
  if (queryOrUrl.length > limits.maxQueryLength) {
    const tooLong = problem("QUERY_TOO_LONG", span(limits.maxQueryLength, queryOrUrl.length), `the query is ${queryOrUrl.length} characters long; the limit is ${limits.maxQueryLength}`);
    throw new FilterError([locate(queryOrUrl, tooLong)]);
  }
  const problems: Problem[] = [];
  const conditions: Expression[] = [];
  const result: { sortOrder?: SortOrder; perPage?: number; continuationToken?: string } = {};
  const seen = new Set<string>();
  // Whitespace around a pasted URL is not part of it; a fragment is not sent to the server.
  const first = queryOrUrl.length - queryOrUrl.trimStart().length;
  const last = queryOrUrl.trimEnd().length;
  const hash = queryOrUrl.indexOf("#", first);
  const end = hash === -1 || hash > last ? last : hash;
  const start = queryStart(queryOrUrl, first, end);

  for (let from = start; from < end; ) {
    const amp = queryOrUrl.indexOf("&", from);
    const to = amp === -1 || amp > end ? end : amp;
    if (to > from) readParameter(queryOrUrl, from, to);
    from = to + 1;
  }

  function readParameter(text: string, from: number, to: number): void {
    const eq = text.indexOf("=", from);
    const keyEnd = eq === -1 || eq > to ? to : eq;
    const keySpan = span(from, keyEnd);
    const valueSpan = span(Math.min(keyEnd + 1, to), to);
    const key = decode(text, keySpan, problems);
    const raw = decode(text, valueSpan, problems);
    if (key === undefined || raw === undefined) return;
    const whole = span(from, to);

    if (key === "creator" || key === "sort_order" || key === "per_page" || key === "continuation_token") {
      if (seen.has(key)) return void problems.push(problem("QUERY_REPEATED_PARAMETER", keySpan, `\`${key}\` is given more than once`));
      seen.add(key);
    }
    switch (key) {
      case "creator":
        conditions.push(comparison(field(["creator"], false, keySpan), "==", { kind: "String", value: raw, span: valueSpan }, whole));
        return;
      case "sort_order":
        if (raw === "asc" || raw === "desc") result.sortOrder = raw;
        else problems.push(problem("QUERY_INVALID_VALUE", valueSpan, `sort_order must be asc or desc, not \`${raw}\``));
        return;
      case "per_page":
        if (NUMBER.test(raw)) result.perPage = Number(raw);
        else problems.push(problem("QUERY_INVALID_VALUE", valueSpan, `per_page must be a number, not \`${raw}\``));
        return;
      case "continuation_token":
        result.continuationToken = raw;
        return;
    }
    const match = META_KEY.exec(key);
    if (!match) {
      problems.push(
        problem(
          "QUERY_UNKNOWN_PARAMETER",
          keySpan,
          key === "" ? "a parameter has no name" : `\`${key}\` is not a parameter of the list API`,
          "the parameters are meta.<field>[<operator>], creator, sort_order, per_page and continuation_token",
        ),
      );
      return;
    }
    const [, path, operator] = match as unknown as [string, string, string];
    const type = OPERATORS[operator];
    if (type === undefined) {
      problems.push(problem("QUERY_UNKNOWN_OPERATOR", keySpan, `\`${operator}\` is not an operator of the API`, `the operators are ${Object.keys(OPERATORS).join(", ")}`));
      return;
    }
    const f = field(path.split("."), true, keySpan);
    const op = operator.split(":")[0]!;
    if (op === "in") {
      // Each value gets its own span: split the text as written, on `|` raw or encoded.
      const values = pieces(text, valueSpan).map((at) => {
        const piece = decode(text, at, problems);
        return piece === undefined ? undefined : typed(piece, type, at);
      });
      if (values.every((v) => v !== undefined)) conditions.push({ kind: "In", field: f, negated: false, values, span: whole });
      return;
    }
    const value = typed(raw, type, valueSpan);
    if (value) conditions.push(comparison(f, OPERATOR_SYMBOL[op as Exclude<MetaOperator, "in">], value, whole));
  }

  function typed(text: string, type: ValueType, at: Span): Value | undefined {
    if (type === "string") return { kind: "String", value: text, span: at };
    if (type === "boolean" && (text === "true" || text === "false")) return { kind: "Boolean", value: text === "true", span: at };
    if (type === "number" && NUMBER.test(text)) {
      const value = Number(text);
      const imprecise = imprecision(text, value, at);
      if (imprecise) problems.push(imprecise);
      return { kind: "Number", value, raw: text, span: at };
    }
    const what = text === "" ? "an empty value" : `\`${text}\``;
    problems.push(problem("QUERY_INVALID_VALUE", at, `${what} is not a ${type}`, type === "boolean" ? "a boolean is true or false" : undefined));
    return undefined;
  }

  if (problems.length > 0) throw new FilterError(diagnose(queryOrUrl, problems, limits));
  const body = conditions.length === 0 ? null : conditions.length === 1 ? conditions[0]! : { kind: "And" as const, operands: conditions, span: span(start, end) };
  return { filter: { kind: "Filter", body, span: span(0, queryOrUrl.length) }, ...result };
}

/** The spans of the values in an `in` list, separated by `|` or its encoding `%7C`. */
function pieces(text: string, at: Span): Span[] {
  const spans: Span[] = [];
  const separator = /\||%7C/gi;
  separator.lastIndex = at.start;
  let start = at.start;
  for (let m = separator.exec(text); m !== null && m.index < at.end; m = separator.exec(text)) {
    spans.push(span(start, m.index));
    start = m.index + m[0].length;
  }
  spans.push(span(start, at.end));
  return spans;
}

/**
 * Where the parameters begin: after the first `?` when what comes before it is a URL or a path
 * (it has no `=` or `&`), nowhere for a URL without a query, else at `from`.
 */
function queryStart(text: string, from: number, end: number): number {
  const question = text.indexOf("?", from);
  if (question !== -1 && question < end && !/[=&]/.test(text.slice(from, question))) return question + 1;
  URL_OR_PATH.lastIndex = from;
  return URL_OR_PATH.test(text) ? end : from;
}

const URL_OR_PATH = /[a-z][a-z0-9+.-]*:\/\/|\//iy;

function field(path: string[], metaPrefix: boolean, at: Span): Field {
  return { kind: "Field", path, metaPrefix, span: at };
}

function comparison(f: Field, operator: ComparisonOperator, value: Value, at: Span): Expression {
  return { kind: "Comparison", field: f, operator, operatorSpan: f.span, value, span: at };
}

/** Decodes `+` and percent-escapes; a malformed escape is a problem at its position. */
function decode(text: string, at: Span, problems: Problem[]): string | undefined {
  const raw = text.slice(at.start, at.end);
  if (!raw.includes("%")) return raw.replaceAll("+", " ");
  try {
    return decodeURIComponent(raw.replaceAll("+", " "));
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})/.exec(raw);
    const where = bad ? span(at.start + bad.index, Math.min(at.start + bad.index + 3, at.end)) : at;
    problems.push(
      problem(
        "QUERY_MALFORMED_ENCODING",
        where,
        bad ? "`%` must be followed by two hexadecimal digits" : "these percent-escapes are not valid UTF-8",
        "write a literal % as %25",
      ),
    );
    return undefined;
  }
}
