import { problem } from "../../diagnostics/diagnostic.js";
import { metaConditions, type Rule } from "../rule.js";

/** At most 5 names in a path: `meta.first.second.third.fourth.fifth`. */
export const fieldDepth: Rule = ({ conditions, limits }, report) => {
  for (const c of metaConditions(conditions)) {
    if (c.path.length > limits.maxPathDepth) {
      report(problem("FIELD_TOO_DEEP", c.fieldSpan, `this field is ${c.path.length} levels deep; the API allows at most ${limits.maxPathDepth}`));
    }
  }
};
