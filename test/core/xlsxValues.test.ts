/**
 * The pane's .xlsx reader (src/core/xlsxValues.ts with the browser's inflater, CataloguePanel/readFile.ts):
 * a picked proposal file's sheets as its last calculation stored them. Held against the command
 * line's reader, which evaluates every formula itself: the catalogue fixtures saved by LibreOffice
 * (a real spreadsheet application, which stores each formula's value) give the same proposals, field
 * by field, and the same findings, read either way. And hostile files get their reason, not a grid.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkBytes } from "../../tools/checkFile";
import { FIXTURE_DIR } from "../../tools/catalogueFixtures";
import { MOST_XLSX_BYTES, NOT_READ, xlsxSheets } from "../../src/core/xlsxValues";
import { columnName } from "../../src/core/address";
import { inflateInBrowser } from "../../src/taskpane/CataloguePanel/readFile";
import { proposalsOf } from "../../src/taskpane/CataloguePanel/useCatalogue";
import type { SheetGrid } from "../../src/core/check";
import { cell, oneSheet, part, sheetXml, spacesDeflated, workbookParts, zip } from "../support/hostile";
import { sizeTest } from "../support/mutation";

const read = (bytes: Uint8Array) => xlsxSheets(bytes, inflateInBrowser);
/** A zip's central directory entry's signature. */
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** What the catalogue takes from a workbook's sheets: each proposal's fields and its findings' kinds and cells. */
function proposals(sheets: readonly SheetGrid[]) {
  return proposalsOf("f", sheets).map((s) => ({
    ...s.proposal,
    years: s.proposal.years.map((y) => ({ year: y.year, permanent: y.permanent.toString(), oneOff: y.oneOff.toString(), total: y.total.toString() })),
    unit: s.proposal.unit?.toString() ?? null,
    findings: s.findings.map((f) => `${f.kind} ${f.row},${f.column}`).sort(),
  }));
}

describe("reading an .xlsx file's stored values in the pane", () => {
  sizeTest("reads every catalogue fixture, saved by LibreOffice, as the command line reads it", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "saved-"));
    const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
    const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(FIXTURE_DIR, f));
    const saved = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ...files], { encoding: "utf8", timeout: 240000 });
    if (saved.error) throw new Error(`LibreOffice could not run (apt-get install libreoffice-calc-nogui): ${saved.error.message}`);
    expect(readdirSync(out).filter((f) => f.endsWith(".xlsx")).sort()).toEqual(files.map((f) => path.basename(f)).sort());
    let compared = 0;
    for (const file of readdirSync(out).sort()) {
      const bytes = readFileSync(path.join(out, file));
      const pane = await read(bytes);
      if (!("sheets" in pane)) throw new Error(`${file}: ${pane.notRead.en}`);
      const cli = await checkBytes(bytes, true);
      if (cli.kind !== "checked" || cli.sheets === undefined) throw new Error(`${file}: not checked by the command line`);
      expect({ file, proposals: proposals(pane.sheets) }).toEqual({ file, proposals: proposals(cli.sheets) });
      compared += proposals(pane.sheets).length;
    }
    expect(compared).toBeGreaterThanOrEqual(33);
  }, 300000);

  it("reads numbers, shared and inline texts, booleans, errors, formulas' stored values and number formats", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const shared = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Udvalg &amp; område</t></si><si><r><t>Bø</t></r><r><t xml:space="preserve">rn </t></r><rPh><t>x</t></rPh></si></sst>`;
    const rows =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>&lt;Titel&gt; &#229;&#xE6;</t></is></c></row>` +
      `<row r="3"><c r="B3" s="1"><v>1234</v></c><c r="C3" s="2"><f>B3/10</f><v>123.4</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><f>NA()</f><v>#N/A</v></c><c r="F3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G3" s="1"/></row>`;
    const bytes = zip(workbookParts([{ name: "Forslag 1", xml: sheetXml(rows) }], [part("xl/styles.xml", styles), part("xl/sharedStrings.xml", shared)]));
    const r = await read(bytes);
    if (!("sheets" in r)) throw new Error(r.notRead.en);
    const [sheet] = r.sheets;
    expect(sheet.name).toBe("Forslag 1");
    expect(sheet.values).toEqual([["Udvalg & område", "Børn ", "<Titel> åæ"], [], [null, 1234, 123.4, true, "#N/A", "ab", null]]);
    expect(sheet.numberFormats?.[2]).toEqual(["General", "#,##0", "#,##0.0", "General", "General", "General", "#,##0"]);
    expect(sheet.formulas?.[2]).toEqual(["", "", "=B3/10", "", "=NA()", '="a"&"b"']);
  });

  it("reads a sheet whose elements carry a namespace prefix (<x:c>, as the Open XML SDK writes), as the same sheet without", async () => {
    const rows = `<row r="1">${cell.text("A1", "Nr.")}${cell.text("B1", "P-7")}</row><row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row>`;
    const plain = await read(oneSheet(rows));
    const prefixed = sheetXml(rows)
      .replace(/<(\/?)(worksheet|sheetData|row|c|v|f|is|t)\b/g, "<$1x:$2")
      .replace('xmlns="', 'xmlns:x="');
    const withPrefix = await read(zip(workbookParts([{ name: "Ark1", xml: prefixed }])));
    expect("sheets" in withPrefix && withPrefix.sheets[0].values).toEqual([["Nr.", "P-7"], [null, 2]]);
    expect(withPrefix).toEqual(plain);
  });

  it("does not read a file whose formulas have no stored value, and says where", async () => {
    const r = await read(oneSheet(cell.number("A1", 5) + cell.formula("B1", "A1*2")));
    expect(r).toEqual({ notRead: NOT_READ.notCalculated("Ark1!B1") });
    // The add-in's own fixtures are written without a calculation for blank results: not read, never guessed.
    const own = await read(readFileSync(path.join(FIXTURE_DIR, "inv-01.xlsx")));
    expect("notRead" in own && own.notRead.en).toMatch(/saved without calculated values/);
  });

  it("refuses what is not an .xlsx, a damaged zip, a bomb, a DTD, too many cells and a cell beyond the sheet", async () => {
    expect(await read(Buffer.from("År;Beløb\n2026;5\n"))).toEqual({ notRead: NOT_READ.notXlsx });
    const good = oneSheet(cell.number("A1", 5));
    expect(await read(good.subarray(0, good.length - 30))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(zip([part("a.txt", "x")]))).toEqual({ notRead: NOT_READ.notXlsx });
    // A part that says 1 KB and inflates to 5 MB: stopped at the first byte beyond 1 KB.
    const bomb = { ...part("xl/worksheets/sheet1.xml", "x"), data: spacesDeflated(5_000_000), size: 1024 };
    expect(await read(zip([...workbookParts([{ name: "Ark1", xml: null }]), bomb]))).toEqual({ notRead: NOT_READ.bomb });
    // A CRC that does not match what was inflated.
    const wrong = { ...part("xl/worksheets/sheet1.xml", sheetXml(cell.number("A1", 5))), crc: 12345 };
    expect(await read(zip([...workbookParts([{ name: "Ark1", xml: null }]), wrong]))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(oneSheet(`<!DOCTYPE x [<!ENTITY a "b">]>${cell.number("A1", 5)}`))).toEqual({ notRead: NOT_READ.dtd });
    expect(await read(oneSheet(cell.number("XFE1", 5)))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(oneSheet(cell.number("A1048577", 5)))).toEqual({ notRead: NOT_READ.damaged });
    // One cell at XFD1 makes a row of 16.384 cells: counted before the grid is built.
    const wide = Array.from({ length: 40 }, (_x, i) => cell.number(`XFD${i + 1}`, i)).join("");
    const r = await read(oneSheet(wide));
    // 40 cells, a grid of 40 rows of 16.384: 655.400 more, the 40 <c> elements counted first.
    expect(r).toEqual({ notRead: NOT_READ.tooManyCells(40 + 40 + 40 * 16384) });
    // An encrypted part: named as such, not as damaged.
    const sealed = Buffer.from(oneSheet(cell.number("A1", 5)));
    for (let at = sealed.indexOf(CENTRAL); at >= 0; at = sealed.indexOf(CENTRAL, at + 4)) sealed.writeUInt16LE(1, at + 8);
    expect(await read(sealed)).toEqual({ notRead: NOT_READ.encrypted });
  });

  it("reads the built-in number formats budget sheets use by their ids, a custom one by its code, General where none", async () => {
    const ids = [0, 1, 2, 3, 4, 9, 10, 11, 14, 37, 38, 39, 40, 49, 22];
    const styles = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt formatCode='0.000' numFmtId='170'/></numFmts><cellXfs count="${ids.length + 1}">${ids.map((id) => `<xf numFmtId="${id}" fontId="0"></xf>`).join("")}<xf numFmtId="170"/></cellXfs></styleSheet>`;
    const row = [...ids, 170].map((_id, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>1</v></c>`).join("");
    const r = await read(zip(workbookParts([{ name: "Ark1", xml: sheetXml(`<row r="1">${row}</row>`) }], [part("xl/styles.xml", styles)])));
    if (!("sheets" in r)) throw new Error(r.notRead.en);
    expect(r.sheets[0].numberFormats?.[0]).toEqual(["General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "0.00E+00", "mm-dd-yy", "#,##0 ;(#,##0)", "#,##0 ;[Red](#,##0)", "#,##0.00;(#,##0.00)", "#,##0.00;[Red](#,##0.00)", "@", "General", "0.000"]);
    // Without a styles part every cell is General.
    const plain = await read(oneSheet(cell.number("A1", 5)));
    expect("sheets" in plain && plain.sheets[0].numberFormats).toEqual([["General"]]);
  });

  it("decodes every entity, takes attributes in single quotes, skips phonetic runs and reads an empty text as empty", async () => {
    const shared = `<?xml version="1.0"?><sst xmlns="x"><si><t>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&unknown;</t></si><si><t/></si><si/><si><r><t>a</t></r><rPh sb="0" eb="1"><t>ア</t></rPh><r><t xml:space='preserve'> b</t></r></si></sst>`;
    const rows = `<row r="1"><c r='A1' t='s'><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="d"><v>2026-01-31T00:00:00</v></c></row>`;
    const r = await read(zip(workbookParts([{ name: "Ark1", xml: sheetXml(rows) }], [part("xl/sharedStrings.xml", shared)])));
    if (!("sheets" in r)) throw new Error(r.notRead.en);
    expect(r.sheets[0].values[0]).toEqual([`<>&"'AB&unknown;`, "", "", "a b", "2026-01-31T00:00:00"]);
  });

  it("finds a sheet by an absolute target, skips a chart sheet, and keeps the workbook's order of sheets", async () => {
    const book = `<?xml version="1.0"?><workbook xmlns="x" xmlns:r="r"><sheets><sheet name="Diagram" sheetId="2" r:id="rId2"/><sheet name="Tal" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Type="w" Target="/xl/worksheets/tal.xml"/><Relationship Id="rId2" Type="c" Target="chartsheets/sheet1.xml"/></Relationships>`;
    const bytes = zip([part("xl/workbook.xml", book), part("xl/_rels/workbook.xml.rels", rels), part("xl/worksheets/tal.xml", sheetXml(cell.number("A1", 7))), part("xl/chartsheets/sheet1.xml", `<?xml version="1.0"?><chartsheet xmlns="x"/>`)]);
    const r = await read(bytes);
    if (!("sheets" in r)) throw new Error(r.notRead.en);
    expect(r.sheets.map((x) => [x.name, x.values])).toEqual([["Tal", [[7]]]]);
    // A sheet the workbook lists whose part is missing is skipped too (nothing to read), not guessed.
    const missing = zip([part("xl/workbook.xml", book), part("xl/_rels/workbook.xml.rels", rels)]);
    expect(await read(missing)).toEqual({ sheets: [] });
  });

  it("refuses a shared string that is not there, a number that is none, a cell without its place, and a file too large or not a zip", async () => {
    expect(await read(oneSheet(`<c r="A1" t="s"><v>3</v></c>`))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(oneSheet(`<c r="A1"><v>12,5</v></c>`))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(oneSheet(`<c r="A1"><v> </v></c>`))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(oneSheet(`<c><v>1</v></c>`))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(oneSheet(`<c r="a1"><v>1</v></c>`))).toEqual({ notRead: NOT_READ.damaged });
    expect(await read(new Uint8Array(MOST_XLSX_BYTES + 1))).toEqual({ notRead: NOT_READ.tooLarge(MOST_XLSX_BYTES + 1) });
    expect(await read(new Uint8Array([0x50, 0x4b, 0x03]))).toEqual({ notRead: NOT_READ.notXlsx });
    expect(await read(new Uint8Array([0x50, 0x4c, 0x03, 0x04]))).toEqual({ notRead: NOT_READ.notXlsx });
    expect(await read(new Uint8Array([0x51, 0x4b, 0x03, 0x04]))).toEqual({ notRead: NOT_READ.notXlsx });
    expect(NOT_READ.tooLarge(3 * 1048576 + 1).da).toBe("for stor (4 MB; højst 64 MB)");
    // A booleans' 0 is FALSE, an error's text is kept, an empty formula text result is "".
    const r = await read(oneSheet(`<c r="A1" t="b"><v>0</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="str"><f>""</f><v></v></c>`));
    expect("sheets" in r && r.sheets[0].values).toEqual([[false, "#DIV/0!", ""]]);
  });

  it("tolerates what a writer may vary: a <numFmt> closed apart or without its code, attributes on <is>, spaces in a boolean, a shared formula without text", async () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="x"><numFmts count="2"><numFmt numFmtId="170" formatCode="0.0"></numFmt><numFmt numFmtId="171"/></numFmts><cellXfs count="2"><xf numFmtId="170"/><xf numFmtId="171"/></cellXfs></styleSheet>`;
    const rows = `<row r="1"><c r="A1" s="0"><v>1</v></c><c r="B1" s="1"><v>2</v></c><c r="C1" t="inlineStr"><is xml:lang="da"><t>Tekst</t></is></c><c r="D1" t="b"><v> 1 </v></c><c r="E1"><f t="shared" si="0"/><v>3</v></c><c r="F1"><f t="shared" si="0" ref="F1:G1">A1*3</f><v>3</v></c></row>`;
    const r = await read(zip(workbookParts([{ name: "Ark1", xml: sheetXml(rows) }], [part("xl/styles.xml", styles)])));
    if (!("sheets" in r)) throw new Error(r.notRead.en);
    expect(r.sheets[0].values).toEqual([[1, 2, "Tekst", true, 3, 3]]);
    expect(r.sheets[0].numberFormats?.[0].slice(0, 2)).toEqual(["0.0", "General"]);
    // The formula a shared one's master states; a cell that only refers to it has no text of its own.
    expect(r.sheets[0].formulas?.[0]).toEqual(["", "", "", "", "", "=A1*3"]);
  });

  it("reads no sheet a relationship does not give a part, and a sheet without a name under an empty one", async () => {
    const book = (sheets: string) => `<?xml version="1.0"?><workbook xmlns="x" xmlns:r="r"><sheets>${sheets}</sheets></workbook>`;
    const sheet = part("xl/worksheets/sheet1.xml", sheetXml(cell.number("A1", 7)));
    const rels = `<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Target="worksheets/sheet1.xml"/><Relationship Id="rId3"/></Relationships>`;
    // No relationships part at all.
    expect(await read(zip([part("xl/workbook.xml", book(`<sheet name="A" sheetId="1" r:id="rId1"/>`)), sheet]))).toEqual({ sheets: [] });
    // A sheet without r:id, one whose relationship has no target, one the relationships lack: none read; the unnamed one read.
    const r = await read(zip([part("xl/workbook.xml", book(`<sheet name="Uden id" sheetId="1"/><sheet name="Uden mål" sheetId="2" r:id="rId3"/><sheet name="Ukendt" sheetId="3" r:id="rId9"/><sheet sheetId="4" r:id="rId1"/>`)), part("xl/_rels/workbook.xml.rels", rels), sheet]));
    expect(r).toEqual({ sheets: [{ name: "", values: [[7]], numberFormats: [["General"]], formulas: [] }] });
  });

  it("reads what a writer may vary in the markup: stored parts, names from the root, long prefixes, closing tags, attributes, spaces", async () => {
    const book = `<?xml version="1.0"?><workbook xmlns="x" xmlns:r="r"><sheets><sheet name="Tal" sheetId="1" r:id="rId1"></sheet></sheets></workbook>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Type="w" Target="worksheets/sheet1.xml"></Relationship></Relationships>`;
    const shared = `<?xml version="1.0"?><sst xmlns="x"><si foo="1"><t>a</t></si><si><t>b</t></si></sst>`;
    const rows = `<main:row r="1"><main:c r = "A1" t="s"><main:v>1</main:v></main:c><main:c r="B1" t="str"><main:f>A1 &amp; " "</main:f><main:v xml:space="preserve">b </main:v></main:c></main:row>`;
    const sheet = `<?xml version="1.0"?><main:worksheet xmlns:main="x"><main:sheetData>${rows}</main:sheetData></main:worksheet>`;
    const stored = (name: string, text: string) => ({ ...part(name, text), method: 0 as const, data: Buffer.from(text) });
    // Parts stored without deflating, named from the package's root ("/xl/…") as some writers do.
    const r = await read(zip([stored("/xl/workbook.xml", book), stored("/xl/_rels/workbook.xml.rels", rels), part("xl/sharedStrings.xml", shared), stored("/xl/worksheets/sheet1.xml", sheet)]));
    if (!("sheets" in r)) throw new Error(r.notRead.en);
    expect(r.sheets).toEqual([{ name: "Tal", values: [["b", "b "]], numberFormats: [["General", "General"]], formulas: [["", '=A1 & " "']] }]);
  });

  it("refuses a part read twice, a cell's place with anything before it, and bounds the size at its last byte", async () => {
    // Two sheets on one part: each part is inflated once, so what is read stays within what the directory allows.
    const book = `<?xml version="1.0"?><workbook xmlns="x" xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets></workbook>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet1.xml"/></Relationships>`;
    expect(await read(zip([part("xl/workbook.xml", book), part("xl/_rels/workbook.xml.rels", rels), part("xl/worksheets/sheet1.xml", sheetXml(cell.number("A1", 7)))]))).toEqual({ notRead: NOT_READ.damaged });
    for (const at of ["$A1", "1A1", "Ark1!A1"]) expect(await read(oneSheet(`<c r="${at}"><v>1</v></c>`))).toEqual({ notRead: NOT_READ.damaged });
    // A chart sheet is no grid even where its text mentions a worksheet far into it.
    const chart = `<?xml version="1.0"?><chartsheet xmlns="x"><!--${" ".repeat(5000)}<worksheet>--></chartsheet>`;
    const charted = `<?xml version="1.0"?><Relationships xmlns="x"><Relationship Id="rId1" Target="chartsheets/sheet1.xml"/></Relationships>`;
    const oneBook = `<?xml version="1.0"?><workbook xmlns="x" xmlns:r="r"><sheets><sheet name="Diagram" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(await read(zip([part("xl/workbook.xml", oneBook), part("xl/_rels/workbook.xml.rels", charted), part("xl/chartsheets/sheet1.xml", chart)]))).toEqual({ sheets: [] });
    // At the limit read (here: no zip), over it not; four bytes are a zip's signature to look into.
    expect(await read(new Uint8Array(MOST_XLSX_BYTES))).toEqual({ notRead: NOT_READ.notXlsx });
    expect(await read(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toEqual({ notRead: NOT_READ.damaged });
  });

  it("counts the cells of all sheets together against the limit", async () => {
    const many = (from: number) => Array.from({ length: 300 }, (_x, i) => `<row r="${from + i}">${Array.from({ length: 900 }, (_y, c) => `<c r="${columnName(c)}${from + i}"><v>1</v></c>`).join("")}</row>`).join("");
    const r = await read(zip(workbookParts([{ name: "A", xml: sheetXml(many(1)) }, { name: "B", xml: sheetXml(many(1)) }])));
    expect("notRead" in r && r.notRead.en).toMatch(/^too many cells/);
  });
});

