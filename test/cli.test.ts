import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const CLI = new URL("../dist/cli.js", import.meta.url).pathname;
const EXAMPLE = 'status == "active" and ratings in (4,5) and region.name == "eu-west"';
const EXAMPLE_QUERY = "meta.status[eq:string]=active&meta.ratings[in:number]=4|5&meta.region.name[eq:string]=eu-west";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("cf-images-filter", () => {
  it("compiles a filter to the query string", () => {
    expect(run([EXAMPLE])).toEqual({ code: 0, stdout: `${EXAMPLE_QUERY}\n`, stderr: "" });
    expect(run(["compile", EXAMPLE]).stdout).toBe(`${EXAMPLE_QUERY}\n`);
  });

  it("prints each diagnostic with a code frame and exits 1", () => {
    const r = run(["status == active and\n  x != 1"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      [
        "error UNQUOTED_VALUE: `active` is not a value: strings are written in quotes",
        "  1 | status == active and",
        "    |           ^^^^^^",
        '  hint: write "active"',
        "",
        "error NOT_EQUAL_UNSUPPORTED: the API cannot filter on `!=` (not equal)",
        "  2 |   x != 1",
        "    |     ^^",
        "  hint: list the values you want instead: `field in (...)`",
        "",
        "",
      ].join("\n"),
    );
    expect(run(["a != 1 and b == 1e400"]).stderr).toBe(
      [
        "error NOT_EQUAL_UNSUPPORTED: the API cannot filter on `!=` (not equal)",
        "  1 | a != 1 and b == 1e400",
        "    |   ^^",
        "  hint: list the values you want instead: `field in (...)`",
        "",
        "error NUMBER_NOT_FINITE: this number is too large to represent",
        "  1 | a != 1 and b == 1e400",
        "    |                 ^^^^^",
        "  hint: numbers must lie within ±1.7976931348623157e308",
        "",
        "",
      ].join("\n"),
    );
  });

  it("prints warnings but still succeeds", () => {
    const r = run(["p == 5 and p <= 3"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("meta.p[eq:number]=5&meta.p[lte:number]=3\n");
    expect(r.stderr).toContain("warning CONTRADICTION");
  });

  it("exits 2 on usage errors", () => {
    const misuses = [
      ["--nope", "a == 1"],
      ["a == 1", "b == 2"],
      ["--url", "a == 1"],
      ["--url", "--account", "a == 1"],
      ["--account", "abc", "a == 1"],
      ["--per-page", "x", "a == 1"],
      ["--type-suffix", "short", "a == 1"],
      ["format", "--sort-order", "asc", "a == 1"],
      ["decompile", "--per-page", "20", "meta.a[eq]=1"],
    ];
    for (const args of misuses) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^cf-images-filter: .*\nRun 'cf-images-filter --help' for usage.\n$/);
    }
  });

  it("decompiles, formats and checks", () => {
    expect(run(["decompile", "/images/v2?meta.status[eq]=active&creator=user123"])).toEqual({
      code: 0,
      stdout: 'status == "active" and creator == "user123"\n',
      stderr: "",
    });
    expect(run(["format", "A = 'x'  AND b IN (1,2)"]).stdout).toBe('A == "x" and b in (1, 2)\n');
    expect(run(["check", EXAMPLE])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(run(["check", "a != 1"]).code).toBe(1);
    const bad = run(["decompile", "meta.a[ne]=1"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("    | ^^^^^^^^^^\n");
    // what decompiles but the API would refuse is printed, and the reason given
    expect(run(["decompile", "meta.a.b.c.d.e.f[eq]=1&per_page=5"])).toEqual({
      code: 1,
      stdout: 'a.b.c.d.e.f == "1"\n',
      stderr: [
        "error FIELD_TOO_DEEP: this field is 6 levels deep; the API allows at most 5",
        "  1 | meta.a.b.c.d.e.f[eq]=1&per_page=5",
        "    | ^^^^^^^^^^^^^^^^^^^^",
        "",
        "error INVALID_PER_PAGE: the page size (perPage, per_page) must be an integer from 10 to 10000, not 5",
        "",
        "note: the query also sets per_page=5, which is not part of the filter (--json shows it)",
        "",
      ].join("\n"),
    });
  });

  it("prints JSON with --json", () => {
    expect(JSON.parse(run(["--json", "a == 1"]).stdout)).toEqual({ ok: true, query: "meta.a[eq:number]=1", diagnostics: [] });
    const bad = run(["--json", "a == b"]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, diagnostics: [{ code: "UNQUOTED_VALUE", start: 5, end: 6, line: 1, column: 6 }] });
    expect(JSON.parse(run(["decompile", "--json", "meta.a[eq]=1&per_page=20"]).stdout)).toEqual({ ok: true, filter: 'a == "1"', perPage: 20, diagnostics: [] });
  });

  it("prints the full API URL with --url --account, with request options", () => {
    expect(run(["--url", "--account", "023e105f4ecef8ad9ca31a8372d0c353", "--sort-order", "asc", "--per-page", "100", "a == 1"]).stdout).toBe(
      "https://api.cloudflare.com/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/images/v2?meta.a[eq:number]=1&sort_order=asc&per_page=100\n",
    );
    expect(run(["--url", "--account", "abc", ""]).stdout).toBe("https://api.cloudflare.com/client/v4/accounts/abc/images/v2\n");
    expect(run(["--per-page", "5", "a == 1"])).toMatchObject({ code: 1, stderr: expect.stringContaining("INVALID_PER_PAGE") });
  });

  it("reads the filter from stdin with no argument or -", () => {
    expect(run([], `${EXAMPLE}\n`).stdout).toBe(`${EXAMPLE_QUERY}\n`);
    expect(run(["-"], EXAMPLE).stdout).toBe(`${EXAMPLE_QUERY}\n`);
    expect(run(["--strict-encoding", "--type-suffix", "minimal"], 's == "a"').stdout).toBe("meta.s%5Beq%5D=a\n");
  });

  it("converts one filter per line with --jsonl, continuing past invalid lines", () => {
    const r = run(["--jsonl"], 'a == 1\nb == oops\n\ncreator == "u"\n');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((line) => JSON.parse(line))).toMatchObject([
      { ok: true, query: "meta.a[eq:number]=1" },
      { ok: false, diagnostics: [{ code: "UNQUOTED_VALUE" }] },
      { ok: true, query: "" },
      { ok: true, query: "creator=u" },
    ]);
    expect(run(["decompile", "--jsonl"], "meta.a[eq]=1\nmeta.a[zz]=1\n").stdout.trimEnd().split("\n").map((l) => JSON.parse(l).ok)).toEqual([true, false]);
  });

  it("runs from the package with npm start", () => {
    const r = spawnSync("npm", ["start", "--", EXAMPLE], { encoding: "utf8", cwd: new URL("..", import.meta.url).pathname });
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(EXAMPLE_QUERY);
  });
});
