import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** At most 5 names in a path: `meta.first.second.third.fourth.fifth`. */
export const fieldDepth: Rule = ({ meta, limits }, report) => {
  for (const c of meta) {
    if (c.path.length > limits.maxPathDepth) {
      report(problem("FIELD_TOO_DEEP", c.fieldSpan, `this field is ${c.path.length} levels deep; the API allows at most ${limits.maxPathDepth}`));
    }
  }
};
