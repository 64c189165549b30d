import { problem } from "../../diagnostics/diagnostic.js";
import type { Scalar, ValueType } from "../../language/ast.js";
import { scalar } from "../../language/printer.js";
import type { Rule } from "../rule.js";

const RANGE = new Set(["gt", "gte", "lt", "lte"]);
const SYMBOL: Record<string, string> = { gt: ">", gte: ">=", lt: "<", lte: "<=" };

/**
 * With a schema, each value must have its field's type (the API matches types exactly: the
 * number 5 never equals the string "5"), and ranges need a number field.
 */
export const fieldTypes: Rule = ({ meta, schema }, report) => {
  if (!schema) return;
  for (const c of meta) {
    const name = c.path.join(".");
    const field = schema.fields.get(name);
    if (!field) continue;
    if (RANGE.has(c.operator) && field.type !== "number") {
      report(problem("OPERATOR_NOT_ALLOWED", c.span, `\`${name}\` is a ${field.type}, which \`${SYMBOL[c.operator]}\` cannot compare`, `match a ${field.type} with == or in`));
      continue;
    }
    c.values.forEach((v, i) => {
      if (typeof v === field.type) return;
      const fixed = convert(v, field.type);
      report(
        problem(
          "TYPE_MISMATCH",
          c.valueSpans[i]!,
          `\`${name}\` is a ${field.type}, and this is a ${typeof v}`,
          fixed === undefined ? undefined : `write ${scalar(fixed)}`,
        ),
      );
    });
  }
};

/** The value as the field's type, where it reads as one (`"5"` as 5, `5` as "5"). */
function convert(v: Scalar, type: ValueType): Scalar | undefined {
  const text = String(v);
  if (type === "string") return text;
  if (type === "number") return /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
  return text === "true" ? true : text === "false" ? false : undefined;
}
