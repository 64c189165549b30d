import fc from "fast-check";
import { format } from "../../src/index.js";
import { apiFilter, filter } from "../arbitraries/ast.js";

/** Pieces of the language and its near misses, for building and mutating filters. */
const VOCABULARY = [
  "a", "b.c", "status", "meta.", "creator", "`x`", "`", "==", "=", "!=", "<", "<=", ">", ">=", "=<", "=>", "=!", "===",
  "in", "not", "and", "or", "&&", "||", "adn", "inn", "(", ")", ",", ".", '"x"', "'y'", '"', "'", "“a”", "\\", "\\u", "1", "-2.5e3",
  "1e400", "9007199254740993", "1_000", "true", "false", " ", "\n", "\t", "é", "😀", "\ud800", "#", "&", "|", "$", "%",
];

const token = fc.constantFrom(...VOCABULARY);

/** Text of a valid filter: one the API accepts, or any the parser reads. */
export const validText = fc.oneof(apiFilter.map(format), filter.map(format));

type Mutation = { kind: "insert" | "delete" | "swap" | "insertChar"; at: number; to: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("insert", "delete", "swap", "insertChar"),
  at: fc.nat(),
  to: fc.nat(),
  text: fc.oneof(token, fc.string({ unit: "binary", minLength: 1, maxLength: 2 })),
});

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case "insert":
      return `${text.slice(0, at)} ${m.text} ${text.slice(at)}`;
    case "insertChar":
      return text.slice(0, at) + m.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + (m.to % 6) + 1);
    case "swap": {
      const words = text.split(/(\s+)/);
      const i = m.at % words.length;
      const j = m.to % words.length;
      [words[i], words[j]] = [words[j]!, words[i]!];
      return words.join("");
    }
  }
}

/** Valid filters broken by inserting, deleting and swapping tokens and characters. */
export const mutatedText = fc.tuple(validText, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([text, ms]) => ms.reduce(mutate, text));

/** Strings of any code units, lone surrogates included. */
export const rawText = fc.string({ unit: "binary", maxLength: 80 });

/** Strings made of the language's own pieces in any order. */
export const tokenSoup = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(" "));

const QUERY_PIECES = ["meta.", "a", "b.c", "[", "]", "eq", "in", "gt", "lte", ":", "string", "number", "boolean", "=", "&", "|", "%", "%2", "%41", "%E9", "%C3%A9", "%ZZ", "+", "creator", "sort_order", "per_page", "continuation_token", "?", "#", "1", "-2", "true", "__proto__", "/images/v2", "https://x.test"];

/** Query strings assembled from the API's own pieces, well- and ill-formed. */
export const queryText = fc.oneof(
  fc.array(fc.constantFrom(...QUERY_PIECES), { maxLength: 25 }).map((p) => p.join("")),
  fc.string({ unit: "binary", maxLength: 60 }),
);
