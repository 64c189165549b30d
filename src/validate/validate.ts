import type { Problem } from "../diagnostics/diagnostic.js";
import { metaConditions, type Rule, type RuleContext } from "./rule.js";
import { contradictions } from "./rules/contradictions.js";
import { creatorOnce } from "./rules/creator-once.js";
import { fieldDepth } from "./rules/field-depth.js";
import { fieldNameCharacters } from "./rules/field-name-characters.js";
import { fieldNameLength } from "./rules/field-name-length.js";
import { finiteNumbers } from "./rules/finite-numbers.js";
import { inListSize } from "./rules/in-list-size.js";
import { inValuePipe } from "./rules/in-value-pipe.js";
import { outputOptions } from "./rules/output-options.js";
import { continuationToken, perPage, sortOrder } from "./rules/request-options.js";
import { unknownField } from "./rules/schema-fields.js";
import { fieldTypes } from "./rules/schema-types.js";
import { allowedValues } from "./rules/schema-values.js";
import { stringEncoding } from "./rules/string-encoding.js";
import { stringLength } from "./rules/string-length.js";
import { tooManyConditions } from "./rules/too-many-conditions.js";

/** Every rule the API enforces, plus the warnings for filters that can never match. */
const RULES: readonly Rule[] = [
  fieldNameCharacters,
  fieldDepth,
  fieldNameLength,
  inListSize,
  inValuePipe,
  finiteNumbers,
  stringEncoding,
  stringLength,
  creatorOnce,
  tooManyConditions,
  contradictions,
  unknownField,
  fieldTypes,
  allowedValues,
  sortOrder,
  perPage,
  continuationToken,
  outputOptions,
];

export function validate(request: Omit<RuleContext, "meta">): Problem[] {
  const context: RuleContext = { conditions: request.conditions, meta: metaConditions(request.conditions), limits: request.limits, request: request.request, schema: request.schema };
  const problems: Problem[] = [];
  const report = (p: Problem) => problems.push(p);
  for (const rule of RULES) rule(context, report);
  return problems;
}
