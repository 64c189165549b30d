import { problem } from "../../diagnostics/diagnostic.js";
import { closest } from "../../schema/closest.js";
import type { Rule } from "../rule.js";

/** With a schema, a field it does not list is an error, a warning, or allowed, as it says. */
export const unknownField: Rule = ({ meta, schema }, report) => {
  if (!schema || schema.unknownFields === "allow") return;
  for (const c of meta) {
    const name = c.path.join(".");
    if (schema.fields.has(name)) continue;
    const suggestion = closest(name, schema.fields.keys());
    report(
      problem(
        "UNKNOWN_FIELD",
        c.fieldSpan,
        `the schema has no field \`${name}\``,
        suggestion ? `did you mean \`${suggestion}\`?` : `the fields are ${[...schema.fields.keys()].map((f) => `\`${f}\``).join(", ")}`,
        schema.unknownFields,
      ),
    );
  }
};
