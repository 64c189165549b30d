import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, CODES, compile, decompile, FilterError, toListParams, type CompileOptions } from "../src/index.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const ROOT = new URL("..", import.meta.url).pathname;

/** The rows of the first table after `marker`, as cells with markdown code spans unwrapped. */
function tableAfter(marker: string): string[][] {
  const start = README.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  const lines = README.slice(start).split("\n").slice(1);
  const rows = lines.slice(0, lines.findIndex((l, i) => i > 0 && !l.startsWith("|"))).slice(2);
  return rows.map((row) =>
    row
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll("\\|", "|")),
  );
}

function code(span: string): string {
  const m = /^(`+) ?(.*?) ?\1$/.exec(span);
  if (!m) throw new Error(`not a code span: ${span}`);
  return m[2]!;
}

function blocks(language: string): string[] {
  return [...README.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
}

describe("README", () => {
  it("gives the two commands", () => {
    expect(README).toContain("npm ci && npm start -- '");
    expect(README).toContain("npm ci && npm test");
  });

  it("compiles every example in its table as shown", () => {
    const rows = tableAfter("<!-- examples");
    expect(rows.length).toBeGreaterThan(5);
    for (const [filter, query] of rows) expect(compile(code(filter!)), filter).toBe(code(query!));
  });

  it("lists every diagnostic code, with an example that produces it", () => {
    const rows = tableAfter("<!-- codes");
    expect(rows.map((r) => code(r[0]!))).toEqual(Object.keys(CODES));
    for (const [name, severity, example] of rows) {
      const c = code(name!);
      expect(severity, c).toBe(CODES[c as keyof typeof CODES]);
      expect(produced(example!), `${c}: ${example}`).toContain(c);
    }
  });

  it("runs its JavaScript examples with the output they show", () => {
    const examples = blocks("js");
    expect(examples.length).toBeGreaterThanOrEqual(2);
    mkdirSync(`${ROOT}test/.tmp`, { recursive: true });
    examples.forEach((example, i) => {
      const expected = [...example.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);
      const file = `${ROOT}test/.tmp/readme-example-${i}.mjs`;
      writeFileSync(file, example);
      // Inside the package, `import "cf-images-filter"` resolves to its own built entry, as for a user.
      expect(execFileSync(process.execPath, [file], { encoding: "utf8" }).trimEnd().split("\n")).toEqual(expected);
    });
  });

  it("prints what its console examples show", () => {
    for (const block of blocks("console")) {
      for (const part of block.split(/^\$ /m).slice(1)) {
        const [command, ...output] = part.split("\n");
        const script = `cf-images-filter() { node dist/cli.js "$@"; }\n${command} 2>&1`;
        let actual: string;
        try {
          actual = execFileSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8" });
        } catch (e) {
          actual = (e as { stdout: string }).stdout;
        }
        expect(actual, command).toBe(output.join("\n"));
      }
    }
  });
});

/**
 * The codes an example yields: filter text, filter text `with` options, `decompile` a query (with
 * options), or `check(...)` called with a JSON value.
 */
function produced(example: string): string[] {
  const call = /^`check\((.*)\)` from JavaScript$/.exec(example);
  if (call) return check(JSON.parse(call[1]!)).diagnostics.map((d) => d.code);
  const target = /^`toListParams\((.*)\)` from JavaScript$/.exec(example);
  if (target) {
    try {
      toListParams(JSON.parse(target[1]!));
      return [];
    } catch (e) {
      return (e as FilterError).diagnostics.map((d) => d.code);
    }
  }
  const query = /^decompile (`.*?`)(?: with `(\{.*\})`)?$/.exec(example);
  if (query) {
    try {
      decompile(code(query[1]!), query[2] ? JSON.parse(query[2]) : {});
      return [];
    } catch (e) {
      return (e as FilterError).diagnostics.map((d) => d.code);
    }
  }
  const m = /^(`.*?`+) with `(\{.*\})`$/.exec(example);
  const [filter, options] = m ? [code(m[1]!), JSON.parse(m[2]!) as CompileOptions] : [code(example), {}];
  return check(filter, options).diagnostics.map((d) => d.code);
}
