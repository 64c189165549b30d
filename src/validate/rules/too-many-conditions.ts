import { problem } from "../../diagnostics/diagnostic.js";
import { metaConditions, type Rule } from "../rule.js";

/** At most 5 metadata conditions; the first one past the limit is pointed at. */
export const tooManyConditions: Rule = ({ conditions, limits }, report) => {
  const meta = metaConditions(conditions);
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
