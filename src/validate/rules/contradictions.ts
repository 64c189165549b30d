import { problem } from "../../diagnostics/diagnostic.js";
import type { Scalar } from "../../language/ast.js";
import type { MetaCondition } from "../../lower/conditions.js";
import type { Rule } from "../rule.js";

/**
 * The API does not check filters for consistency: `priority == 5 and priority <= 3` returns no
 * images. This warns at the condition that makes a field impossible (once per field).
 */
export const contradictions: Rule = ({ meta }, report) => {
  if (meta.length < 2) return;
  const byField = new Map<string, MetaCondition[]>();
  for (const c of meta) {
    if (c.values.length === 0) continue; // an empty list is an error of its own
    const key = c.path.join(".");
    const group = byField.get(key);
    if (group) group.push(c);
    else byField.set(key, [c]);
  }
  for (const [key, group] of byField) {
    if (group.length < 2) continue; // one condition alone can always match
    const impossible = firstImpossible(group);
    if (impossible) {
      report(
        problem(
          "CONTRADICTION",
          impossible.span,
          `no image can match: this condition on \`${key}\` contradicts an earlier one`,
          "the API accepts such a filter and returns no images",
        ),
      );
    }
  }
};

/** Narrows what the field can be, condition by condition, until nothing is left. */
function firstImpossible(group: readonly MetaCondition[]): MetaCondition | undefined {
  const type = group[0]!.type;
  let allowed: Scalar[] | undefined;
  let low = -Infinity;
  let lowInclusive = true;
  let high = Infinity;
  let highInclusive = true;
  const inRange = (v: Scalar) =>
    typeof v !== "number" || ((v > low || (v === low && lowInclusive)) && (v < high || (v === high && highInclusive)));

  for (const c of group) {
    if (c.type !== type) return c;
    const v = c.values[0] as number;
    switch (c.operator) {
      case "eq":
      case "in":
        allowed = allowed ? allowed.filter((a) => c.values.includes(a)) : [...c.values];
        break;
      case "gt":
      case "gte":
        if (v > low || (v === low && c.operator === "gt")) [low, lowInclusive] = [v, c.operator === "gte"];
        break;
      case "lt":
      case "lte":
        if (v < high || (v === high && c.operator === "lt")) [high, highInclusive] = [v, c.operator === "lte"];
        break;
    }
    const emptyRange = low > high || (low === high && !(lowInclusive && highInclusive));
    if (emptyRange || (allowed && !allowed.some(inRange))) return c;
  }
  return undefined;
}
