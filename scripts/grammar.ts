/**
 * The language reference in grammar/, generated from the parser itself: an EBNF text and an HTML
 * page of railroad diagrams. `npm run grammar` writes them; a test fails when they are stale.
 */
import { writeFileSync } from "node:fs";
import { createSyntaxDiagramsCode, Lexer, type ISerializedGast, type TokenType } from "chevrotain";
import { FilterParser } from "../src/language/parser.js";
import { ALL_TOKENS } from "../src/language/tokens.js";

export const EBNF_PATH = new URL("../grammar/filter.ebnf", import.meta.url);
export const DIAGRAMS_PATH = new URL("../grammar/diagrams.html", import.meta.url);

/** The serialized grammar, with the fields the node types carry beyond `ISerializedGast`. */
type Node = ISerializedGast & { name?: string; separator?: Node; definition?: Node[] };

const productions = (): Node[] => new FilterParser().getSerializedGastProductions();

export function diagramsHtml(): string {
  return createSyntaxDiagramsCode(productions());
}

export function ebnf(): string {
  const lines = [
    "(* The cf-images-filter language, generated from the parser by `npm run grammar`. Do not edit. *)",
    "(* Keywords are case-insensitive and whole words; whitespace between tokens is ignored. *)",
    "(* An Identifier as a value is read only to report UNQUOTED_VALUE: strings must be quoted. *)",
    "",
  ];
  for (const rule of productions()) lines.push(`${rule.name} ::= ${sequence(rule.definition ?? [])}`);
  lines.push("", "(* Tokens *)");
  for (const token of ALL_TOKENS) {
    if (token.GROUP === Lexer.SKIPPED) continue;
    lines.push(`${token.name} ::= ${lexical(token)}`);
  }
  return `${lines.join("\n")}\n`;
}

function sequence(items: Node[]): string {
  return items.map(item).join(" ");
}

function item(node: Node): string {
  const children = node.definition ?? [];
  switch (node.type) {
    case "NonTerminal":
      return node.name!;
    case "Terminal":
      return literal(tokenNamed(node.name!)) ?? node.name!;
    case "Option":
      return `( ${sequence(children)} )?`;
    case "Repetition":
      return `( ${sequence(children)} )*`;
    case "RepetitionMandatory":
      return `( ${sequence(children)} )+`;
    case "RepetitionWithSeparator":
      return `( ${sequence(children)} ( ${item(node.separator!)} ${sequence(children)} )* )?`;
    case "Alternation":
      return `( ${children.map((alt) => sequence(alt.definition ?? [])).join(" | ")} )`;
    default:
      throw new Error(`no EBNF for ${node.type}`);
  }
}

function tokenNamed(name: string): TokenType {
  const token = ALL_TOKENS.find((t) => t.name === name);
  if (!token) throw new Error(`unknown token ${name}`);
  return token;
}

/** A token whose pattern is one fixed word or symbol, as a quoted literal. */
function literal(token: TokenType): string | undefined {
  const pattern = token.PATTERN;
  if (!(pattern instanceof RegExp) || pattern === Lexer.NA) return undefined;
  const text = pattern.source.replace(/\\(.)/g, "$1");
  return /^(?:\w+|[().,])$/.test(text) ? `"${text}"` : undefined;
}

function lexical(token: TokenType): string {
  if (token.PATTERN === Lexer.NA) {
    return ALL_TOKENS.filter((t) => t.CATEGORIES?.includes(token))
      .map((t) => literal(t) ?? t.name)
      .join(" | ");
  }
  return literal(token) ?? `/${(token.PATTERN as RegExp).source}/`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  writeFileSync(EBNF_PATH, ebnf());
  writeFileSync(DIAGRAMS_PATH, diagramsHtml());
  console.log("wrote grammar/filter.ebnf and grammar/diagrams.html");
}
