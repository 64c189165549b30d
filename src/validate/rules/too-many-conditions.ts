import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** At most 5 metadata conditions; the first one past the limit is pointed at. */
export const tooManyConditions: Rule = ({ meta, limits }, report) => {
  if (meta.length <= limits.maxConditions) return;
  const extra = meta[limits.maxConditions]!;
  report(
    problem(
      "TOO_MANY_CONDITIONS",
      extra.span,
      `${meta.length} metadata conditions, but the API takes at most ${limits.maxConditions}`,
      "each operator counts (a range `>= 2 and <= 8` is two); `or` on one field becomes one `in`",
    ),
  );
};
