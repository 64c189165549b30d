import { problem } from "../../diagnostics/diagnostic.js";
import type { Scalar, ValueType } from "../../language/ast.js";
import type { MetaCondition } from "../../lower/conditions.js";
import { metaConditions, type Rule } from "../rule.js";

/** What a field can still be after the conditions seen so far on it. */
interface Domain {
  type: ValueType;
  /** From `eq` and `in`: the only values left; undefined while unconstrained. */
  allowed?: Scalar[];
  low?: { value: number; inclusive: boolean };
  high?: { value: number; inclusive: boolean };
}

/**
 * The API does not check filters for consistency: `priority == 5 and priority <= 3` returns no
 * images. This warns at the condition that makes a field impossible (once per field).
 */
export const contradictions: Rule = ({ conditions }, report) => {
  const domains = new Map<string, Domain | "reported">();
  for (const c of metaConditions(conditions)) {
    if (c.values.length === 0) continue; // an empty list is an error of its own
    const key = c.path.join(".");
    const before = domains.get(key);
    if (before === "reported") continue;
    const after = before === undefined ? narrow({ type: c.type }, c) : before.type === c.type ? narrow(before, c) : undefined;
    if (after && !isEmpty(after)) {
      domains.set(key, after);
      continue;
    }
    domains.set(key, "reported");
    report(
      problem(
        "CONTRADICTION",
        c.span,
        `no image can match: this condition on \`${key}\` contradicts an earlier one`,
        "the API accepts such a filter and returns no images",
      ),
    );
  }
};

function narrow(d: Domain, c: MetaCondition): Domain {
  const v = c.values[0] as number;
  switch (c.operator) {
    case "eq":
    case "in":
      return { ...d, allowed: d.allowed ? d.allowed.filter((a) => c.values.includes(a)) : [...c.values] };
    case "gt":
    case "gte":
      return d.low && (d.low.value > v || (d.low.value === v && !d.low.inclusive)) ? d : { ...d, low: { value: v, inclusive: c.operator === "gte" } };
    case "lt":
    case "lte":
      return d.high && (d.high.value < v || (d.high.value === v && !d.high.inclusive)) ? d : { ...d, high: { value: v, inclusive: c.operator === "lte" } };
  }
}

function isEmpty(d: Domain): boolean {
  if (d.low && d.high && (d.low.value > d.high.value || (d.low.value === d.high.value && !(d.low.inclusive && d.high.inclusive)))) return true;
  return d.allowed !== undefined && !d.allowed.some((v) => typeof v !== "number" || inRange(d, v));
}

function inRange(d: Domain, v: number): boolean {
  const aboveLow = !d.low || v > d.low.value || (v === d.low.value && d.low.inclusive);
  const belowHigh = !d.high || v < d.high.value || (v === d.high.value && d.high.inclusive);
  return aboveLow && belowHigh;
}
