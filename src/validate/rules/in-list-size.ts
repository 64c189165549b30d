import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** An `in` list holds 1 to 10 values (after duplicates are removed). */
export const inListSize: Rule = ({ meta, limits }, report) => {
  for (const c of meta) {
    if (c.operator !== "in") continue;
    if (c.values.length === 0) {
      report(problem("IN_LIST_EMPTY", c.span, "an `in` list needs at least one value", "an empty list would match nothing"));
    } else if (c.values.length > limits.maxInValues) {
      report(
        problem(
          "IN_LIST_TOO_LONG",
          c.span,
          `this list has ${c.values.length} values; the API takes at most ${limits.maxInValues}`,
          "split the values over several requests",
        ),
      );
    }
  }
};
