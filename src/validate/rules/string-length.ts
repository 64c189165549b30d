import { problem } from "../../diagnostics/diagnostic.js";
import type { Rule } from "../rule.js";

/** An image's metadata is at most 1024 bytes, so a longer string can never match. */
export const stringLength: Rule = ({ meta, limits }, report) => {
  for (const c of meta) {
    c.values.forEach((v, i) => {
      if (typeof v !== "string") return;
      const bytes = utf8Length(v);
      if (bytes > limits.maxStringBytes) {
        report(
          problem(
            "STRING_TOO_LONG",
            c.valueSpans[i]!,
            `this string is ${bytes} bytes in UTF-8; metadata holds at most ${limits.maxStringBytes}, so nothing can match`,
          ),
        );
      }
    });
  }
};

function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
