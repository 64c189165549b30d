import { problem } from "../../diagnostics/diagnostic.js";
import { span } from "../../language/span.js";
import type { Rule } from "../rule.js";

// Options are not part of the filter text, so their problems point at its start.
const NOWHERE = span(0, 0);

export const sortOrder: Rule = ({ request }, report) => {
  const v = request.sortOrder as unknown;
  if (v !== undefined && v !== "asc" && v !== "desc") {
    report(problem("INVALID_SORT_ORDER", NOWHERE, `the sort order (sortOrder, sort_order) must be "asc" or "desc", not ${JSON.stringify(v)}`));
  }
};

export const perPage: Rule = ({ request, limits }, report) => {
  const v = request.perPage as unknown;
  if (v === undefined) return;
  if (typeof v !== "number" || !Number.isInteger(v) || v < limits.minPerPage || v > limits.maxPerPage) {
    report(problem("INVALID_PER_PAGE", NOWHERE, `the page size (perPage, per_page) must be an integer from ${limits.minPerPage} to ${limits.maxPerPage}, not ${String(v)}`));
  }
};

export const continuationToken: Rule = ({ request, limits }, report) => {
  const v = request.continuationToken as unknown;
  if (v === undefined) return;
  if (typeof v !== "string" || v.length > limits.maxContinuationTokenLength) {
    report(
      problem(
        "INVALID_CONTINUATION_TOKEN",
        NOWHERE,
        typeof v === "string"
          ? `the continuation token is ${v.length} characters long; the API's tokens are at most ${limits.maxContinuationTokenLength}`
          : "the continuation token must be a string",
      ),
    );
  }
};
