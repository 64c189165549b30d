import { problem } from "../../diagnostics/diagnostic.js";
import { LONE_SURROGATE } from "../../language/strings.js";
import type { Rule } from "../rule.js";

/** A string with half a surrogate pair (`"\uD800"`) has no UTF-8 form, so it cannot be sent. */
export const stringEncoding: Rule = ({ conditions }, report) => {
  for (const c of conditions) {
    const values = c.kind === "creator" ? [c.value] : c.values;
    values.forEach((v, i) => {
      if (typeof v === "string" && LONE_SURROGATE.test(v)) {
        const at = c.kind === "creator" ? c.span : c.valueSpans[i]!;
        report(problem("STRING_INVALID_UNICODE", at, "this string holds half of a surrogate pair, which cannot be encoded", "use a complete character (\\uD83D\\uDE00, not \\uD83D alone)"));
      }
    });
  }
};
