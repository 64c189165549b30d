import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { check, compile, defineSchema, FilterError } from "../src/index.js";

const fields = { status: { type: "string", values: ["active", "pending"] }, priority: "number", "region.name": "string", enabled: "boolean" } as const;
const schema = defineSchema({ fields });
const found = (source: string, s: unknown = schema) =>
  check(source, { schema: s as never }).diagnostics.map((d) => `${d.severity} ${d.code} ${d.start}-${d.end}${d.hint ? ` | ${d.hint}` : ""}`);

describe("schemas", () => {
  it.each([
    ['priority == "5"', ["error TYPE_MISMATCH 12-15 | write 5"]],
    ['region.name == 5', ['error TYPE_MISMATCH 15-16 | write "5"']],
    ['enabled == "true"', ["error TYPE_MISMATCH 11-17 | write true"]],
    ['priority in (1, 2) and status in ("x", "active")', ['warning VALUE_NOT_ALLOWED 34-37 | the values are "active", "pending"']],
    ['statsu == "active"', ["error UNKNOWN_FIELD 0-6 | did you mean `status`?"]],
    ["region.nmae == 1", ["error UNKNOWN_FIELD 0-11 | did you mean `region.name`?"]],
    ["zzz == 1", ["error UNKNOWN_FIELD 0-3 | the fields are `status`, `priority`, `region.name`, `enabled`"]],
    ['status >= 3', ["error OPERATOR_NOT_ALLOWED 0-11 | match a string with == or in"]],
    ["enabled < 1", ["error OPERATOR_NOT_ALLOWED 0-11 | match a boolean with == or in"]],
    ['creator == "u" and meta.status == "active" and priority > 1', []],
  ])("%s", (source, expected) => {
    expect(found(source)).toEqual(expected);
  });

  it("reports unknown fields as the schema says", () => {
    expect(found("zzz == 1", { fields, unknownFields: "warning" })[0]).toMatch(/^warning UNKNOWN_FIELD/);
    expect(found("zzz == 1", { fields, unknownFields: "allow" })).toEqual([]);
    expect(check("zzz == 1", { schema: { fields, unknownFields: "warning" } }).query).toBe("meta.zzz[eq:number]=1");
  });

  it("hints a conversion only where it is exact", () => {
    expect(found('priority == "1e400"')).toEqual(["error TYPE_MISMATCH 12-19"]);
    expect(found('priority == "9007199254740993"')).toEqual(["error TYPE_MISMATCH 12-30"]);
    expect(found('priority == "1.50"')).toEqual(["error TYPE_MISMATCH 12-18 | write 1.5"]);
  });

  it("takes the schema as JSON text", () => {
    expect(compile('status == "active"', { schema: JSON.stringify({ fields }) })).toBe("meta.status[eq:string]=active");
  });

  it.each([
    ["{not json", [/^the schema is not valid JSON/]],
    ["[]", [/^a schema is an object/]],
    [{ fields: 1 }, [/^fields must be an object/]],
    [{ fields: {}, unknownFields: "maybe" }, [/^unknownFields must be "error", "warning" or "allow", not "maybe"$/]],
    [{ fields: { "a-b": "string" } }, [/^fields\["a-b"\]: a field name is dotted names/]],
    [{ fields: { a: "text" } }, [/^fields\["a"\]: the type must be "string", "number" or "boolean", not "text"$/]],
    [{ fields: { a: { type: "number", values: ["x"] } } }, [/^fields\["a"\]: values must be a non-empty list of numbers$/]],
    [{ fields: { a: { type: "string", values: [] } } }, [/^fields\["a"\]: values must be a non-empty list of strings$/]],
    [{ fields: { "a.b.c.d.e.f": "string" } }, [/^fields\["a.b.c.d.e.f"\]: the API filters on at most 5 levels and 100 characters$/]],
    [{ kind: "Schema", fields: new Map() }, [/^`kind` is not a schema setting/]],
    [{ fields: { "meta.status": "string" } }, [/^fields\["meta.status"\]: write field names without the API's `meta.` prefix: "status"$/]],
    [{ fields: { a: { type: "number", max: 3 } }, extra: true }, [/^`extra` is not a schema setting/, /^fields\["a"\]: `max` is not a field setting/]],
  ])("rejects the schema %j with a clear message", (input, messages) => {
    let error: unknown;
    try {
      defineSchema(input as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FilterError);
    const diagnostics = (error as FilterError).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(messages.map(() => "SCHEMA_INVALID"));
    diagnostics.forEach((d, i) => expect(d.message).toMatch(messages[i]!));
    // check never throws: an invalid schema comes back as diagnostics
    expect(check("a == 1", { schema: input as never }).diagnostics.map((d) => d.code)[0]).toBe("SCHEMA_INVALID");
  });

  it("is read by the CLI from --schema file.json", () => {
    const dir = mkdtempSync(`${tmpdir()}/schema-`);
    writeFileSync(`${dir}/schema.json`, JSON.stringify({ fields }));
    writeFileSync(`${dir}/bad.json`, '{"fields": {"a": "text"}}');
    const cli = new URL("../dist/cli.js", import.meta.url).pathname;
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
    expect(run("--schema", `${dir}/schema.json`, 'status == "active"').stdout).toBe("meta.status[eq:string]=active\n");
    const bad = run("--schema", `${dir}/schema.json`, 'statsu == "active"');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("hint: did you mean `status`?");
    const invalid = run("--schema", `${dir}/bad.json`, "a == 1");
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('fields["a"]: the type must be "string", "number" or "boolean", not "text"');
  });
});
