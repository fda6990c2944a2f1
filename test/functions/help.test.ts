import type { HyperFormula } from "hyperformula";
import { DetailedCellError } from "hyperformula";
import { cellAddress, parseCell } from "../../src/core/address";
import type { ExampleCell } from "../../src/functions/define";
import { FUNCTIONS } from "../../src/functions/defs";
import { helpPages } from "../../src/functions/helpPage";
import { call } from "../support/call";
import { registerFunctions, workbook } from "../../tools/engine";
import { sourceFunctions } from "../../tools/sourceFunctions";

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

const entries = FUNCTIONS.map((fn) => [fn.id, fn] as const);

describe("each function's example and errors (src/functions/defs): the one harness", () => {
  it.each(entries)("%s: the example, from the seeds, gives the stated answer in a formula engine with the add-in's functions", (id, fn) => {
    const { sheet, cell, formula, value } = fn.example;
    const { row, column } = parseCell(cell);
    const rows = sheet.map((r) => r.map(engineCell));
    while (rows.length <= row) rows.push([]);
    rows[row][column] = formula;
    const hf = workbook({ Sheet1: rows.map((r) => Array.from({ length: Math.max(r.length, column + 1) }, (_x, c) => r[c] ?? null)) });
    const expected = Array.isArray(value) ? value : [value];
    const got = expected.map((_v, i) => at(hf, cellAddress(row + i, column)));
    const rounded = got.map((v) => (typeof v === "number" ? Number(v.toFixed(4)) : v));
    expect({ id, got: rounded }).toEqual({ id, got: expected });
  });

  it.each(entries)("%s: every error the page lists is what the function answers to the listed arguments", (id, def) => {
    const fn = registry.get(id)!;
    for (const e of def.errors) {
      const outcome = call(fn as never, ...e.args);
      expect({ when: e.when.en, outcome }).toEqual({
        when: e.when.en,
        outcome: { code: e.code, message: expect.stringContaining(e.message) },
      });
    }
  });

});

describe("the rendered help pages", () => {
  const pages = helpPages();

  it("there is an index and a page per function in each language", () => {
    const expected = ["da", "en"].flatMap((l) => ["index", ...FUNCTIONS.map((fn) => fn.page)].map((p) => `help/${l}/${p}.html`));
    expect(Object.keys(pages).sort()).toEqual(expected.sort());
  });

  it.each(FUNCTIONS.map((fn) => [fn.da.name, fn] as const))(
    "%s: the Danish page shows the Danish name, its parameters, the example in Danish Excel's spelling and #VÆRDI!/#I/T",
    (_name, fn) => {
      const html = pages[`help/da/${fn.page}.html`];
      expect(html).toContain('<html lang="da">');
      expect(html).toContain(`<h1>${fn.da.name}</h1>`);
      for (const p of fn.parameters) expect(html).toContain(`<code>${p.da.name}</code>`);
      expect(html).not.toContain(fn.id + "(");
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
