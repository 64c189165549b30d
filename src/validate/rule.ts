import type { Problem } from "../diagnostics/diagnostic.js";
import type { Condition, MetaCondition } from "../lower/conditions.js";
import type { Schema } from "../schema/schema.js";
import type { Limits, RequestOptions } from "./defaults.js";

export interface RuleContext {
  readonly conditions: readonly Condition[];
  /** The metadata conditions among them (all but `creator`). */
  readonly meta: readonly MetaCondition[];
  readonly limits: Limits;
  readonly request: RequestOptions;
  /** The user's metadata fields, when known. */
  readonly schema?: Schema;
}

/** One rule the API enforces: it looks at the lowered request and reports what breaks it. */
export type Rule = (context: RuleContext, report: (p: Problem) => void) => void;

export function metaConditions(conditions: readonly Condition[]): MetaCondition[] {
  return conditions.filter((c): c is MetaCondition => c.kind === "meta");
}
