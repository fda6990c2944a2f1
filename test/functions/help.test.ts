import type { HyperFormula } from "hyperformula";
import { DetailedCellError } from "hyperformula";
import { HELP, type ExampleCell } from "../../src/functions/help";
import { helpPages } from "../../src/functions/helpPage";
import { danishMetadata } from "../../src/functions/localize";
import { call } from "../support/call";
import { registerFunctions, workbook } from "../support/engine";
import { sourceFunctions } from "../support/sourceFunctions";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

/** An example cell as the engine takes it: dates as DATE formulas (HyperFormula writes TRUE as TRUE()). */
function engineCell(cell: ExampleCell): unknown {
  if (cell !== null && typeof cell === "object") return `=DATE(${cell.date.split("-").map(Number).join(",")})`;
  return cell;
}

function at(hf: HyperFormula, address: string): unknown {
  const a = hf.simpleCellAddressFromString(address, 0);
  if (a === undefined) throw new Error(address);
  const v = hf.getCellValue(a);
  return v instanceof DetailedCellError ? `${v.value} ${v.message}` : v;
}

const entries = metadata.functions.map((fn) => [fn.id, HELP[fn.id]] as const);

describe("the help pages' texts (src/functions/help.ts)", () => {
  it("every function has help, and the help speaks of no other function", () => {
    expect(Object.keys(HELP).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it.each(entries)("%s: each parameter has a unit; every optional one says what leaving it out means", (id, help) => {
    const fn = metadata.functions.find((f) => f.id === id)!;
    expect(Object.keys(help.parameters)).toEqual(fn.parameters.map((p) => p.name));
    for (const p of fn.parameters) {
      if (p.optional === true) expect({ p: p.name, default: help.parameters[p.name].default }).toEqual({ p: p.name, default: expect.anything() });
    }
  });

  it.each(entries)("%s: the example, from the seeds, gives the stated answer in a formula engine with the add-in's functions", (id, help) => {
    const { sheet, cell, formula, value } = help.example;
    const column = cell.charCodeAt(0) - 65;
    const row = Number(cell.slice(1)) - 1;
    const rows = sheet.map((r) => r.map(engineCell));
    while (rows.length <= row) rows.push([]);
    rows[row][column] = formula;
    const hf = workbook({ Sheet1: rows.map((r) => Array.from({ length: Math.max(r.length, column + 1) }, (_x, c) => r[c] ?? null)) });
    const expected = Array.isArray(value) ? value : [value];
    const got = expected.map((_v, i) => at(hf, `${String.fromCharCode(65 + column)}${row + 1 + i}`));
    const rounded = got.map((v) => (typeof v === "number" ? Number(v.toFixed(4)) : v));
    expect({ id, got: rounded }).toEqual({ id, got: expected });
  });

  it.each(entries)("%s: every error the page lists is what the function answers to the listed arguments", (id, help) => {
    const fn = registry.get(id)!;
    for (const e of help.errors) {
      const outcome = call(fn as never, ...e.args);
      expect({ when: e.when.en, outcome }).toEqual({
        when: e.when.en,
        outcome: { code: e.code, message: expect.stringContaining(e.message) },
      });
    }
  });

  it("a page with a parameter the help does not know fails to render", () => {
    const broken = { functions: [{ ...metadata.functions[0], parameters: [{ name: "unknown", type: "any" }] }] };
    expect(() => helpPages(broken, broken)).toThrow(/No unit for SEGREGATION.PAYMENT\(unknown\)/);
  });
});

describe("the rendered help pages", () => {
  const pages = helpPages(metadata, danishMetadata(metadata));
  const danish = danishMetadata(metadata);

  it("there is an index and a page per function in each language", () => {
    const expected = ["da", "en"].flatMap((l) => ["index", ...Object.values(HELP).map((h) => h.page)].map((p) => `help/${l}/${p}.html`));
    expect(Object.keys(pages).sort()).toEqual(expected.sort());
  });

  it.each(danish.functions.map((fn, i) => [fn.name, fn, metadata.functions[i]] as const))(
    "%s: the Danish page shows the Danish name, its parameters, the example in Danish Excel's spelling and #VÆRDI!/#I/T",
    (_name, da, en) => {
      const html = pages[`help/da/${HELP[da.id].page}.html`];
      expect(html).toContain('<html lang="da">');
      expect(html).toContain(`<h1>${da.name}</h1>`);
      for (const p of da.parameters) expect(html).toContain(`<code>${p.name}</code>`);
      expect(html).not.toContain(en.name + "(");
      expect(html).toMatch(/#VÆRDI!|#I\/T/);
      expect(html).not.toMatch(/<script/i);
    },
  );

  it("the English page of PAYBACK shows the seed's example as English Excel writes it", () => {
    const html = pages["help/en/payback.html"];
    expect(html).toContain("<code>=PAYBACK(B2:G2)</code>");
    expect(html).toContain("<strong>6</strong>");
    expect(html).toContain("<code>PAYBACK(flows, [fractional], [extendLast])</code>");
    expect(html).toContain(">2022<");
  });
});
