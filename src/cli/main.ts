import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  check,
  decompile,
  defineSchema,
  format,
  formatDiagnostic,
  FilterError,
  parse,
  type CompileOptions,
  type Diagnostic,
  type Schema,
} from "../index.js";

const USAGE = `Usage: cf-images-filter [compile] [options] '<filter>'     print the query string
       cf-images-filter check [options] '<filter>'         print nothing when valid
       cf-images-filter decompile '<query string or URL>'  print the filter text
       cf-images-filter format '<filter>'                  print the canonical filter text

With no argument, or with -, the input is read from standard input.

Options:
  --json                     print one JSON object with the result and the diagnostics
  --jsonl                    read one input per line from standard input, print one JSON result per line
  --url                      print the full API URL (needs --account)
  --account <id>             the Cloudflare account id for --url
  --type-suffix <style>      always (default: [eq:string]) or minimal ([eq] for strings)
  --strict-encoding          percent-encode [ ] : | as well, as the official SDK does
  --sort-order <asc|desc>    append sort_order
  --per-page <n>             append per_page (10..10000)
  --continuation-token <t>   append continuation_token
  --schema <file.json>       check fields, types and values against a schema of your metadata
  -h, --help                 show this help

Exit status: 0 valid, 1 invalid input, 2 usage error.`;

const QUERY_NAME: Record<string, string> = { sortOrder: "sort_order", perPage: "per_page", continuationToken: "continuation_token" };
const API_BASE = "https://api.cloudflare.com/client/v4/accounts";
const COMMANDS = new Set(["compile", "decompile", "format", "check"]);

class UsageError extends Error {}

/** One input's outcome: what to print, the diagnostics and the text they point into. */
interface Outcome {
  ok: boolean;
  output?: string;
  notes?: string[];
  json: Record<string, unknown>;
  diagnostics: readonly Diagnostic[];
  source: string;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      jsonl: { type: "boolean" },
      url: { type: "boolean" },
      account: { type: "string" },
      "type-suffix": { type: "string" },
      "strict-encoding": { type: "boolean" },
      "sort-order": { type: "string" },
      "per-page": { type: "string" },
      "continuation-token": { type: "string" },
      schema: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = positionals[0] !== undefined && COMMANDS.has(positionals[0]) ? positionals.shift()! : "compile";
  if (positionals.length > 1) throw new UsageError(`expected one input, got ${positionals.length} (quote the filter as one argument)`);
  if (values.url && values.account === undefined) throw new UsageError("--url needs --account <id>");
  if (values.account !== undefined && !values.url) throw new UsageError("--account is used with --url");
  if (values.account !== undefined && !/^[A-Za-z0-9]{1,32}$/.test(values.account)) {
    throw new UsageError(`--account takes an account id (up to 32 letters and digits), not ${JSON.stringify(values.account)}`);
  }
  const requestFlags = ["url", "type-suffix", "strict-encoding", "sort-order", "per-page", "continuation-token"] as const;
  const misplaced = requestFlags.find((flag) => values[flag] !== undefined);
  if ((command === "format" || command === "decompile") && misplaced) throw new UsageError(`--${misplaced} does not apply to ${command}`);
  const typeSuffix = values["type-suffix"];
  if (typeSuffix !== undefined && typeSuffix !== "always" && typeSuffix !== "minimal") throw new UsageError("--type-suffix is always or minimal");
  const perPage = values["per-page"];
  if (perPage !== undefined && !/^\d+$/.test(perPage)) throw new UsageError("--per-page takes a whole number");

  const schema = values.schema === undefined ? undefined : readSchema(values.schema);
  const options: CompileOptions = {
    ...(schema && { schema }),
    ...(typeSuffix && { typeSuffix }),
    ...(values["strict-encoding"] && { encoding: "strict" as const }),
    ...(values["sort-order"] !== undefined && { sortOrder: values["sort-order"] as "asc" | "desc" }),
    ...(perPage !== undefined && { perPage: Number(perPage) }),
    ...(values["continuation-token"] !== undefined && { continuationToken: values["continuation-token"] }),
  };
  const run = (input: string) => runCommand(command, input, options, values.url ? values.account : undefined);

  if (values.jsonl) {
    if (positionals.length > 0 && positionals[0] !== "-") throw new UsageError("--jsonl reads its inputs from standard input");
    const lines = readFileSync(0, "utf8").split(/\r?\n/);
    if (lines[lines.length - 1] === "") lines.pop();
    let allOk = true;
    for (const line of lines) {
      const outcome = run(line);
      allOk &&= outcome.ok;
      process.stdout.write(`${JSON.stringify(outcome.json)}\n`);
    }
    return allOk ? 0 : 1;
  }

  if (positionals[0] === undefined && process.stdin.isTTY) throw new UsageError("give the input as an argument, or pipe it to standard input");
  const input = positionals[0] === undefined || positionals[0] === "-" ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : positionals[0];
  const outcome = run(input);
  if (values.json) process.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
  else {
    for (const d of outcome.diagnostics) process.stderr.write(`${formatDiagnostic(outcome.source, d)}\n\n`);
    for (const note of outcome.notes ?? []) process.stderr.write(`note: ${note}\n`);
    if (outcome.output !== undefined) process.stdout.write(`${outcome.output}\n`);
  }
  return outcome.ok ? 0 : 1;
}

function readSchema(path: string): Schema {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read the schema ${path}: ${(e as Error).message}`);
  }
  try {
    return defineSchema(text);
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
    throw new UsageError(`the schema ${path} is not valid:\n${e.diagnostics.map((d) => `  ${d.message}`).join("\n")}`);
  }
}

function runCommand(command: string, input: string, options: CompileOptions, account: string | undefined): Outcome {
  if (command === "decompile") return runDecompile(input, options.schema);
  if (command === "format") return runFormat(input);
  const result = check(input, options);
  const url = result.query !== undefined && account !== undefined ? apiUrl(account, result.query) : undefined;
  const json = { ok: result.ok, query: result.query, ...(url !== undefined && { url }), diagnostics: result.diagnostics };
  // `check` prints nothing when the filter is valid: its answer is the exit status.
  const output = command === "check" ? undefined : (url ?? result.query);
  return { ok: result.ok, output, json, diagnostics: result.diagnostics, source: input };
}

/** The filter text, checked as `compile` would check it, so a URL the API would refuse says why. */
function runDecompile(input: string, schema: CompileOptions["schema"]): Outcome {
  return caught(input, () => {
    const { filter, ...request } = decompile(input);
    const text = format(filter);
    const { ok, diagnostics } = check(filter, { ...request, source: input, ...(schema && { schema }) });
    const notes = Object.entries(request).map(([name, value]) => `the query also sets ${QUERY_NAME[name]}=${value}, which is not part of the filter (--json shows it)`);
    if (filter.body === null) notes.push("the query has no filter: it lists every image");
    return { ok, output: text, notes, json: { ok, filter: text, ...request, diagnostics }, diagnostics, source: input };
  });
}

function runFormat(input: string): Outcome {
  return caught(input, () => {
    const text = format(parse(input));
    return { ok: true, output: text, json: { ok: true, filter: text, diagnostics: [] }, diagnostics: [], source: input };
  });
}

function caught(source: string, body: () => Outcome): Outcome {
  try {
    return body();
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
    return { ok: false, json: { ok: false, diagnostics: e.diagnostics }, diagnostics: e.diagnostics, source };
  }
}

function apiUrl(account: string, query: string): string {
  const base = `${API_BASE}/${encodeURIComponent(account)}/images/v2`;
  return query === "" ? base : `${base}?${query}`;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof UsageError ? e.message : parseArgsMessage(e);
  if (message === undefined) throw e;
  process.stderr.write(`cf-images-filter: ${message}\nRun 'cf-images-filter --help' for usage.\n`);
  process.exitCode = 2;
}

/** node:util's parseArgs errors, reworded (its own mention `--` tricks meant for scripts). */
function parseArgsMessage(e: unknown): string | undefined {
  if (!(e instanceof TypeError) || !("code" in e) || !String(e.code).startsWith("ERR_PARSE_ARGS")) return undefined;
  const option = /'(-[^' ]*)/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}; a filter that starts with - goes after --`;
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option ?? "an option"} needs a value`;
  return e.message;
}
