import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const EXAMPLE = 'status == "active" and ratings in (4,5) and region.name == "eu-west"';
const QUERY = "meta.status[eq:string]=active&meta.ratings[in:number]=4|5&meta.region.name[eq:string]=eu-west";
const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url);

describe("the built package", () => {
  it("works through its ESM entry", async () => {
    const lib = await import(dist("index.js").href);
    expect(lib.compile(EXAMPLE)).toBe(QUERY);
    expect(() => lib.parse("a ==")).toThrow(lib.FilterError);
  });

  it("works through its CommonJS entry", () => {
    const lib = createRequire(import.meta.url)(dist("index.cjs").pathname);
    expect(lib.compile(EXAMPLE)).toBe(QUERY);
    expect(lib.format(lib.decompile(QUERY).filter)).toBe('status == "active" and ratings in (4, 5) and region.name == "eu-west"');
  });

  it("keeps the core free of eval, new Function and Node built-ins", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(dist(file), "utf8");
      expect(code).not.toMatch(/\beval\s*\(|new Function\s*\(/);
      expect(code).not.toMatch(/from\s+["']node:|require\(["']node:/);
    }
  });
});
