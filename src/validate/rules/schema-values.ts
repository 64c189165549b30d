import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** With a schema that lists a field's values, another value is likely a mistake (a warning: data may be newer than the schema). */
export const allowedValues: Rule = ({ meta, schema }, report) => {
  if (!schema) return;
  for (const c of meta) {
    const allowed = schema.fields.get(c.path.join("."))?.values;
    if (!allowed) continue;
    c.values.forEach((v, i) => {
      if (typeof v === typeof allowed[0] && !allowed.includes(v)) {
        report(
          problem(
            "VALUE_NOT_ALLOWED",
            c.valueSpans[i]!,
            `${JSON.stringify(v)} is not one of the values the schema lists for \`${c.path.join(".")}\``,
            `the values are ${allowed.map((a) => JSON.stringify(a)).join(", ")}`,
          ),
        );
      }
    });
  }
};
