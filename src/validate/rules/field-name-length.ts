import { problem } from "../../diagnostics/diagnostic.js";
import { metaConditions, type Rule } from "../rule.js";

/** A field name (the whole dotted path) of at most 100 characters. */
export const fieldNameLength: Rule = ({ conditions, limits }, report) => {
  for (const c of metaConditions(conditions)) {
    const length = c.path.join(".").length;
    if (length > limits.maxFieldNameLength) {
      report(problem("FIELD_NAME_TOO_LONG", c.fieldSpan, `this field name is ${length} characters long; the API allows at most ${limits.maxFieldNameLength}`));
    }
  }
};
