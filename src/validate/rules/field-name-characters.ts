import { problem } from "../../diagnostics/diagnostic.js";
import { FIELD_NAME } from "../defaults.js";
import type { Rule } from "../rule.js";

/** Field names hold letters, digits and underscores only; the API cannot filter on any other. */
export const fieldNameCharacters: Rule = ({ meta }, report) => {
  for (const c of meta) {
    const bad = c.path.length === 0 ? "" : c.path.find((name) => !FIELD_NAME.test(name));
    if (bad !== undefined) {
      report(
        problem(
          "FIELD_NAME_INVALID",
          c.fieldSpan,
          bad === "" ? "a field name cannot be empty" : `the field name \`${bad}\` has characters other than A-Z, a-z, 0-9 and _`,
          "the API can only filter on fields named with A-Z, a-z, 0-9 and _",
        ),
      );
    }
  }
};
