import { problem, type Problem } from "../diagnostics/diagnostic.js";
import type { Span } from "./span.js";

/** What a well-formed number looks like (JSON's numerals, leading zeros allowed). */
export const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Numbers as JavaScript prints them, which is also how the API receives them. */
export function numberText(n: number): string {
  return String(n);
}

/**
 * A problem when the numeral as written is not the number that would be sent: `9007199254740993`
 * is read as 9007199254740992, `0.10000000000000000001` as 0.1. Out-of-range numbers are left to
 * NUMBER_NOT_FINITE.
 */
export function imprecision(numeral: string, value: number, at: Span): Problem | undefined {
  const text = numberText(value);
  if (text === numeral || !Number.isFinite(value) || sameDecimal(numeral, text)) return undefined;
  return problem(
    "NUMBER_IMPRECISE",
    at,
    `${numeral} cannot be represented exactly: it would be sent as ${text}`,
    "numbers keep about 15 significant digits; write fewer, or store the value as a string",
  );
}

/** Whether two decimal numerals have the same value: `1.50` and `1.5`, `1e21` and `1e+21`. */
function sameDecimal(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function normalize(numeral: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(numeral)!;
  const digits = `${m[2]}${m[3] ?? ""}`;
  const exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  const trimmedStart = digits.replace(/^0+/, "");
  if (trimmedStart === "") return "0";
  const significant = trimmedStart.replace(/0+$/, "");
  return `${m[1]}${significant}e${exponent + (trimmedStart.length - significant.length)}`;
}
