/**
 * Each custom function is defined once (src/functions/defs); these tests hold what is derived from a
 * definition to it: the metadata the build writes is what custom-functions-metadata-plugin would
 * write from JSDoc saying the same, the implementation takes the parameters it declares, messages
 * name the parameters as the user's Excel does, and the README's tables are the definitions'.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseTree } from "custom-functions-metadata";
import type { FunctionDef } from "../../src/functions/define";
import { FUNCTIONS, functionDef } from "../../src/functions/defs";
import { ASSOCIATED } from "../../src/functions/functions";
import { metadata, signature } from "../../src/functions/metadata";
import { call } from "../support/call";
import { CONTRACT } from "../support/contract";

/** The function as the plugin's JSDoc would declare it. */
function jsdoc(fn: FunctionDef, helpUrl: string): string {
  const params = fn.parameters.map((p) => ` * @param ${p.optional === true ? `[${p.name}]` : p.name} ${p.description}`);
  const args = fn.parameters.map((p) => `${p.name}${p.optional === true ? "?" : ""}: ${p.kind === "range" ? "any[][]" : "any"}`);
  const result = `${fn.result.type}${fn.result.matrix === true ? "[][]" : ""}`;
  return ["/**", ` * ${fn.description}`, ` * @customfunction ${fn.id} ${fn.id}`, ` * @helpurl ${helpUrl}`, ...params, " */", `export function f${fn.page.replace(/-/g, "_")}(${args.join(", ")}): ${result} { throw 0; }`, ""].join("\n");
}

describe("the definitions of the custom functions", () => {
  const english = metadata("en");

  it("functions.json is exactly what custom-functions-metadata-plugin makes of the same functions written as JSDoc", () => {
    const source = english.functions.map((m, i) => jsdoc(FUNCTIONS[i], m.helpUrl)).join("\n");
    const parsed = parseTree(source, "functions.ts");
    expect(parsed.extras.flatMap((e) => e.errors)).toEqual([]);
    expect(parsed.functions).toEqual(english.functions);
  });

  it("functions.ts associates every definition's implementation with its id, and nothing else", () => {
    expect(ASSOCIATED.map(([id, fn]) => [id, fn])).toEqual(FUNCTIONS.map((fn) => [fn.id, fn.implementation]));
  });

  it("defines the contract's functions, ids and parameter names in order", () => {
    expect(Object.fromEntries(FUNCTIONS.map((fn) => [fn.id, fn.parameters.map((p) => p.name)]))).toEqual(CONTRACT);
  });

  it.each(FUNCTIONS.map((fn) => [fn.id, fn] as const))("%s: the implementation takes the declared parameters; each optional one says what leaving it out means", (_id, fn) => {
    expect(fn.implementation.length).toBe(fn.parameters.length);
    for (const p of fn.parameters.filter((q) => q.optional === true)) expect({ p: p.name, omitted: p.omitted }).toEqual({ p: p.name, omitted: expect.anything() });
    // Excel passes every argument after an optional one as optional too.
    const firstOptional = fn.parameters.findIndex((p) => p.optional === true);
    if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional === true)).toBe(true);
  });

  it("a message names the argument as the user's Excel shows it: Danish name in the Danish text, English in the English", () => {
    const payment = functionDef("SEGREGATION.PAYMENT")!.implementation;
    expect(call(payment, null)).toEqual({ code: "#VALUE!", message: "udgift: mangler en værdi (cellen er tom) | cost: a value is required (the cell is blank)" });
    expect(call(payment, 1, 300000, 200000)).toEqual({
      code: "#VALUE!",
      message: "loft: loftet (200000) er mindre end tærsklen (300000); forventede loft ≥ tærskel | cap: the cap (200000) is below the threshold (300000); expected cap ≥ threshold",
    });
    const payback = functionDef("PAYBACK")!.implementation;
    expect(call(payback, [[0, 0]])).toEqual({ code: "#N/A", message: expect.stringMatching(/^beløb: alle år er nul.* \| flows: every year is zero/) });
    const allocate = functionDef("ALLOCATE")!.implementation;
    expect(call(allocate, 100, [[1, -1]])).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^nøgler: nøglen i .* \| keys: the key at/) });
  });

  it("every argument a message can be about is a parameter of the function (so it is named in Danish)", () => {
    for (const fn of FUNCTIONS) {
      for (const e of fn.errors) {
        const got = call(fn.implementation, ...e.args);
        const danish = "message" in got ? got.message.split(" | ")[0] : "";
        const named = danish.split(":")[0];
        if (named === danish) continue; // no argument named (e.g. "Ikke tilbagebetalt")
        expect({ fn: fn.id, named, known: fn.parameters.some((p) => p.da.name === named) }).toEqual({ fn: fn.id, named, known: true });
      }
    }
  });
});

/** The README's two function tables, between their markers: what `UPDATE_README=1` writes. */
function readmeTables(): string {
  const value = (v: FunctionDef["example"]["value"]) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : Array.isArray(v) ? v.join(", ") : String(v));
  const english = FUNCTIONS.map((fn) => `| \`${signature(fn, "en")}\` | ${fn.description} | \`${fn.example.formula}\` → ${value(fn.example.value)} |`);
  const danish = FUNCTIONS.map((fn) => `| \`${fn.id}\` | \`${fn.da.name}\` | ${fn.parameters.map((p) => (p.optional === true ? `[${p.da.name}]` : p.da.name)).join("; ")} |`);
  return [
    "| function | answers | example (its sheet is on the help page) |",
    "|---|---|---|",
    ...english,
    "",
    "| English Excel | Danish Excel | Danish parameters |",
    "|---|---|---|",
    ...danish,
  ].join("\n");
}

describe("the README's function tables", () => {
  const file = path.resolve(__dirname, "../../README.md");
  const [begin, end] = ["<!-- functions: generated from src/functions/defs by UPDATE_README=1 npx jest test/functions/definitions -->", "<!-- functions: end -->"];

  it("are the definitions' (UPDATE_README=1 npx jest test/functions/definitions rewrites them)", () => {
    const readme = readFileSync(file, "utf8");
    const [from, to] = [readme.indexOf(begin), readme.indexOf(end)];
    expect({ from: from >= 0, to: to > from }).toEqual({ from: true, to: true });
    const tables = readmeTables();
    if (process.env.UPDATE_README === "1") writeFileSync(file, `${readme.slice(0, from + begin.length)}\n${tables}\n${readme.slice(to)}`);
    else expect(readme.slice(from + begin.length, to).trim()).toBe(tables);
  });
});
