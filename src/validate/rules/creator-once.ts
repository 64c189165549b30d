import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** The request has one `creator` parameter. */
export const creatorOnce: Rule = ({ conditions }, report) => {
  const creators = conditions.filter((c) => c.kind === "creator");
  for (const extra of creators.slice(1)) {
    report(problem("CREATOR_REPEATED", extra.span, "`creator` can be given only once", "an image has one creator: keep one `creator == ...`"));
  }
};
