import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** `in` values travel joined by `|`, so a string in a list cannot contain one. */
export const inValuePipe: Rule = ({ meta }, report) => {
  for (const c of meta) {
    if (c.operator !== "in") continue;
    c.values.forEach((v, i) => {
      if (typeof v === "string" && v.includes("|")) {
        report(
          problem(
            "IN_VALUE_HAS_PIPE",
            c.valueSpans[i]!,
            "a string in an `in` list cannot contain `|`: the API separates list values with it",
            "match this value on its own with `==`",
          ),
        );
      }
    });
  }
};
