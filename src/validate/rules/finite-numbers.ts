import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** `1e400` reads as Infinity, which no API value can equal or be compared with. */
export const finiteNumbers: Rule = ({ meta }, report) => {
  for (const c of meta) {
    c.values.forEach((v, i) => {
      if (typeof v === "number" && !Number.isFinite(v)) {
        report(problem("NUMBER_NOT_FINITE", c.valueSpans[i]!, "this number is too large to represent", "numbers must lie within ±1.7976931348623157e308"));
      }
    });
  }
};
