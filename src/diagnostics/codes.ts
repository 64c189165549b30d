/**
 * Every diagnostic code, with its severity. Codes are stable: tools may match on them.
 * The README documents each one with an example (a test keeps the two in step).
 */
export const CODES = {
  // not filter text at all (a JavaScript caller passed something else)
  INVALID_INPUT: "error",
  // source text the lexer or parser cannot read
  UNKNOWN_CHARACTER: "error",
  UNCLOSED_STRING: "error",
  INVALID_ESCAPE: "error",
  EXPECTED_FIELD: "error",
  EXPECTED_OPERATOR: "error",
  EXPECTED_VALUE: "error",
  UNQUOTED_VALUE: "error",
  MISSING_COMBINATOR: "error",
  UNCLOSED_PAREN: "error",
  UNEXPECTED_TOKEN: "error",
  UNMATCHED_PAREN: "error",
  TRAILING_COMBINATOR: "error",
  MISSPELLED_KEYWORD: "error",
  OPERATOR_TYPO: "error",
  TYPOGRAPHIC_QUOTES: "error",
  INVALID_NUMBER: "error",
  NUMBER_IMPRECISE: "error",
  // input too large to read
  INPUT_TOO_LONG: "error",
  TOO_MANY_TOKENS: "error",
  TOO_DEEP: "error",
  TOO_MANY_VALUES: "error",
  // what the language can say but the API cannot do
  NOT_EQUAL_UNSUPPORTED: "error",
  NOT_UNSUPPORTED: "error",
  NOT_IN_UNSUPPORTED: "error",
  OR_ACROSS_FIELDS: "error",
  OR_UNSUPPORTED: "error",
  RANGE_NOT_NUMBER: "error",
  IN_BOOLEAN_UNSUPPORTED: "error",
  MIXED_TYPES: "error",
  CREATOR_UNSUPPORTED: "error",
  CREATOR_REPEATED: "error",
  // the API's limits
  TOO_MANY_CONDITIONS: "error",
  FIELD_TOO_DEEP: "error",
  FIELD_NAME_INVALID: "error",
  FIELD_NAME_TOO_LONG: "error",
  IN_LIST_EMPTY: "error",
  IN_LIST_TOO_LONG: "error",
  IN_VALUE_HAS_PIPE: "error",
  NUMBER_NOT_FINITE: "error",
  STRING_INVALID_UNICODE: "error",
  STRING_TOO_LONG: "warning",
  CONTRADICTION: "warning",
  // checks against a schema of the user's metadata fields
  SCHEMA_INVALID: "error",
  UNKNOWN_FIELD: "error",
  TYPE_MISMATCH: "error",
  OPERATOR_NOT_ALLOWED: "error",
  VALUE_NOT_ALLOWED: "warning",
  // output as objects (SDK params, binding options), which hold one value per key
  TARGET_CONFLICT: "error",
  // request options
  INVALID_SORT_ORDER: "error",
  INVALID_PER_PAGE: "error",
  INVALID_CONTINUATION_TOKEN: "error",
  INVALID_OPTION: "error",
  // reading a query string back
  QUERY_TOO_LONG: "error",
  QUERY_MALFORMED_ENCODING: "error",
  QUERY_UNKNOWN_PARAMETER: "error",
  QUERY_UNKNOWN_OPERATOR: "error",
  QUERY_INVALID_VALUE: "error",
  QUERY_REPEATED_PARAMETER: "error",
} as const;

export type DiagnosticCode = keyof typeof CODES;
export type Severity = "error" | "warning";

/** Codes about the call or the request options rather than a place in the text: no code frame. */
export const ABOUT_THE_REQUEST: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  "INVALID_INPUT",
  "SCHEMA_INVALID",
  "INVALID_SORT_ORDER",
  "INVALID_PER_PAGE",
  "INVALID_CONTINUATION_TOKEN",
  "INVALID_OPTION",
]);
