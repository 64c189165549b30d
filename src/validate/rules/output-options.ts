import { problem } from "../../diagnostics/diagnostic.js";
import { span } from "../../language/span.js";
import type { Rule } from "../rule.js";

const CHOICES = { typeSuffix: ["always", "minimal"], encoding: ["readable", "strict"] } as const;

/** The query string's own options take only the documented values (a typo is not a default). */
export const outputOptions: Rule = ({ request }, report) => {
  for (const [name, allowed] of Object.entries(CHOICES)) {
    const value = (request as Record<string, unknown>)[name];
    if (value !== undefined && !(allowed as readonly unknown[]).includes(value)) {
      report(problem("INVALID_OPTION", span(0, 0), `${name} must be ${allowed.map((a) => JSON.stringify(a)).join(" or ")}, not ${JSON.stringify(value)}`));
    }
  }
};
