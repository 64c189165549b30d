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

/** The first fenced block after `marker`. */
function exampleAfter(marker: string): string {
  const start = README.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  return /```\w*\n([\s\S]*?)```/.exec(README.slice(start))![1]!;
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

  it("has an SDK example that type-checks and sends the filter's conditions", () => {
    const example = exampleAfter("<!-- example: sdk");
    const file = `${ROOT}test/.tmp/readme-sdk.ts`;
    const capture = `${ROOT}test/.tmp/readme-sdk.requests`;
    mkdirSync(`${ROOT}test/.tmp`, { recursive: true });
    writeFileSync(file, example);
    writeFileSync(capture, "");
    execFileSync("npx", ["tsc", "--noEmit", "-p", "test/types/tsconfig.readme-sdk.json"], { cwd: ROOT, stdio: "pipe" });
    const env = { ...process.env, CLOUDFLARE_API_TOKEN: "token", CLOUDFLARE_ACCOUNT_ID: "023e105f4ecef8ad9ca31a8372d0c353", CAPTURE_FILE: capture };
    const out = execFileSync("npx", ["tsx", "--import", "./test/setup/stub-fetch.mjs", file], { cwd: ROOT, env, encoding: "utf8" });
    expect(out).toBe("[ 'img-1', 'img-2' ]\n");
    const [url, ...more] = readFileSync(capture, "utf8").trimEnd().split("\n");
    expect(more).toEqual([]);
    expect(url!.startsWith("https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/images/v2?")).toBe(true);
    expect(check(decompile(url!).filter).query).toBe(compile('status == "active" and ratings in (4, 5)'));
    expect(decompile(url!).perPage).toBe(100);
  });

  it("has a Worker example that type-checks with the Workers types and lists through the binding", async () => {
    const file = `${ROOT}test/.tmp/readme-worker.ts`;
    writeFileSync(file, exampleAfter("<!-- example: worker"));
    execFileSync("npx", ["tsc", "--noEmit", "-p", "test/types/tsconfig.readme-worker.json"], { cwd: ROOT, stdio: "pipe" });
    const worker = (await import(file)).default as { fetch(request: Request, env: unknown): Promise<Response> };
    const asked: unknown[] = [];
    const env = { IMAGES: { hosted: { list: async (options: unknown) => (asked.push(options), { images: [{ id: "a" }], listComplete: true }) } } };
    const ok = await worker.fetch(new Request(`http://worker.test/?filter=${encodeURIComponent("priority >= 2 and priority <= 8")}`), env);
    expect(await ok.json()).toEqual(["a"]);
    expect(asked).toEqual([{ filter: { metadata: { priority: { gte: 2, lte: 8 } } }, limit: 50 }]);
    const bad = await worker.fetch(new Request(`http://worker.test/?filter=${encodeURIComponent("status != 1")}`), env);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject([{ code: "NOT_EQUAL_UNSUPPORTED" }]);
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
