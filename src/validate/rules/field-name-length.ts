import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** A field name (the whole dotted path) of at most 100 characters. */
export const fieldNameLength: Rule = ({ meta, limits }, report) => {
  for (const c of meta) {
    const length = c.path.join(".").length;
    if (length > limits.maxFieldNameLength) {
      report(problem("FIELD_NAME_TOO_LONG", c.fieldSpan, `this field name is ${length} characters long; the API allows at most ${limits.maxFieldNameLength}`));
    }
  }
};
