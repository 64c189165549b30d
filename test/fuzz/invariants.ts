import { check, compile, decompile, FilterError, format, parse, type Diagnostic } from "../../src/index.js";
import { apiConditions } from "../helpers.js";

/** What a fuzz case may never do; each function throws an Error describing the violation. */

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function onlyFilterErrors(run: () => void, what: string): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof FilterError)) throw new Error(`${what} threw ${String(e)}`);
  }
}

function spansInside(diagnostics: readonly Diagnostic[], length: number): void {
  for (const d of diagnostics) {
    assert(Number.isInteger(d.start) && Number.isInteger(d.end) && d.start >= 0 && d.start <= d.end && d.end <= length, `span ${d.start}-${d.end} outside 0-${length} (${d.code})`);
    assert(d.line >= 1 && d.column >= 1, `bad line/column ${d.line}:${d.column}`);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Filter text: nothing but FilterError, spans inside the input, and what compiles decompiles to the same conditions. */
export function checkFilterText(source: string): "ok" | "invalid" {
  const result = check(source);
  spansInside(result.diagnostics, source.length);
  onlyFilterErrors(() => parse(source), "parse");
  onlyFilterErrors(() => compile(source), "compile");
  if (!result.ok) return "invalid";
  const back = check(decompile(result.query!).filter);
  assert(same(apiConditions(back.conditions), apiConditions(result.conditions)), `decompile(compile(${JSON.stringify(source)})) changed the conditions`);
  assert(check(format(parse(source))).query === result.query, `format changed the query of ${JSON.stringify(source)}`);
  return "ok";
}

/** Query text: nothing but FilterError, and what decompiles prints to text with the same conditions. */
export function checkQueryText(query: string): "ok" | "invalid" {
  let filter;
  try {
    filter = decompile(query).filter;
  } catch (e) {
    if (!(e instanceof FilterError)) throw new Error(`decompile threw ${String(e)}`);
    spansInside(e.diagnostics, query.length);
    return "invalid";
  }
  const direct = check(filter, { source: query });
  spansInside(direct.diagnostics, query.length);
  const text = format(filter);
  // The text of a long query may pass the filter-text limits; those are not what is checked here.
  const reread = check(text, { limits: { maxLength: Infinity, maxTokens: Infinity } });
  assert(same(apiConditions(reread.conditions), apiConditions(direct.conditions)), `format(decompile(${JSON.stringify(query)})) changed the conditions`);
  return direct.ok ? "ok" : "invalid";
}
