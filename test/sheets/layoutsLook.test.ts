/**
 * What the pane's sheets carry beside their figures (src/sheets/layouts.ts): the words a finance
 * officer reads, how each figure is shown, which cells take input, the tables, bold rows, charts,
 * the ranges read back and pinned, the warnings, and the readers of what a user left on a sheet.
 * Their figures are held against the core in layouts.test.ts and test/office/.
 */
import { valuesOf } from "../../src/core/cellText";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns } from "../../src/core/pupils";
import { qualified } from "../../src/core/address";
import {
  compareSheet,
  followsResult,
  listColumn,
  listName,
  MODEL_SHEET,
  modelSheet,
  profileWrites,
  readChoices,
  readProfiles,
  readWrittenFor,
  RESULT_STATUS,
  RESULT_WRITTEN_FOR,
  resultSheet,
  safetyNetSheet,
} from "../../src/sheets/layouts";
import { calculate, registerFunctions } from "../../tools/engine";
import { HEADERS, PUPILS, pupilRows } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";
import { fresh } from "../support/mutation";
import { widthOf } from "../../src/sheets/style";

const { metadata, registry } = sourceFunctions();
registerFunctions(metadata, registry);

const WHOLE = "#,##0";
const KR = "#,##0.00";
const schools = ["Hedensted Skole", "Løsning Skole", "Rask Mølle Skole"];
const list = { sheet: "Elever", headerRow: 0, firstColumn: 0, rows: PUPILS.length };
/** A school name wider than any column's label. */
const long = "Skolen ved Skoven og Søerne, afdeling Nord og Syd";

describe("the model sheet", () => {
  // Made inside each test: a mutation run activates its mutant per test (DEVELOPING, Mutation testing).
  const made = () => modelSheet(DEFAULT_PROFILES, 2023);

  it("says how to use it, and labels every parameter in Danish with the name formulas use", () => {
    const model = made();
    expect(model.cells.slice(0, 3)).toEqual([
      ["Incitamentsmodel"],
      ["Vælg model og skoleår i kolonne C. En ny model er en ny kolonne fra D. Formlerne i projektmappen bruger navnene i kolonne B."],
      [],
    ]);
    // The first profile chosen unless another is said.
    expect([model.cells[4][2], modelSheet(DEFAULT_PROFILES, 2023, "Forslag").cells[4][2]]).toEqual(["'Hedensted 2022/23", "Forslag"]);
    expect(model.cells.slice(3).map((row) => row.slice(0, 2))).toEqual([
      ["Parameter", "Navn"],
      ["Valgt model", "Model_Valgt"],
      ["Skoleår (2023 = 2023/24)", "Model_Skoleår"],
      ["Tærskel (kr.)", "Model_Tærskel"],
      ["Loft (kr.)", "Model_Loft"],
      ["Skolens andel over tærsklen", "Model_Skoleandel"],
      ["Sikkerhedsnet: fordeles ved planlægning (kr.)", "Model_Sikkerhedsnet_Planlægning"],
      ["Sikkerhedsnet: tilflyttere i årets løb (kr.)", "Model_Sikkerhedsnet_Tilflyttere"],
      ["Sikkerhedsnet: fordeles ved årets slutning (kr.)", "Model_Sikkerhedsnet_Årsafslutning"],
    ]);
    expect(model.cells[3][2]).toBe("Valgt");
  });

  it("shows amounts in whole kroner and the share as a percentage, for the chosen value and every profile's column to Z", () => {
    const model = made();
    expect(model.numberFormats).toEqual(["C7:Z7", "C8:Z8", "C9:Z9", "C10:Z10", "C11:Z11", "C12:Z12"].map((address, i) => ({ address, format: i === 2 ? "0%" : WHOLE })));
    expect(model.bold).toEqual(["A1", "A4:E4"]);
    expect(model.style).toMatchObject({
      headers: ["A4:E4"],
      inputs: ["C5:C6", "D7:E12"],
      tables: ["A4:E12"],
      freezeRows: 4,
      validations: [{ address: "C5", source: { sheet: null, address: "$D$4:$Z$4" } }],
    });
    // Its first profile chosen unless another is; none at all refused, as are more than D to Z hold.
    expect(modelSheet(DEFAULT_PROFILES, 2024, DEFAULT_PROFILES[1].name).cells[4][2]).toBe(`'${DEFAULT_PROFILES[1].name}`);
    expect(() => modelSheet([], 2023)).toThrow("between 1 and 23 profiles");
    expect(() => modelSheet(Array.from({ length: 24 }, (_x, i) => ({ ...DEFAULT_PROFILES[0], name: `P${i}` })), 2023)).toThrow("between 1 and 23 profiles");
    expect(modelSheet(Array.from({ length: 23 }, (_x, i) => ({ ...DEFAULT_PROFILES[0], name: `P${i}` })), 2023).cells[3]).toHaveLength(26);
  });

  it("reads back its choices, and leaves what is not a name or a whole school year as none", () => {
    const model = made();
    const cells = valuesOf(model.cells);
    expect(readChoices(cells)).toEqual({ selected: "Hedensted 2022/23", schoolYear: 2023 });
    cells[4][2] = "  Forslag ";
    cells[5][2] = 2023.5;
    expect(readChoices(cells)).toEqual({ selected: "Forslag", schoolYear: null });
    cells[4][2] = 7;
    cells[5][2] = "2023";
    expect(readChoices(cells)).toEqual({ selected: null, schoolYear: null });
    expect(readChoices([])).toEqual({ selected: null, schoolYear: null });
  });

  it("reads back profiles by the names in column B wherever the rows are, leaving out a column without a name or with a parameter that is no number", () => {
    const model = made();
    const cells = valuesOf(model.cells).map((row) => [...row]);
    // Rows moved: the share's row first.
    const moved = [...cells.slice(0, 6), cells[8], cells[6], cells[7], ...cells.slice(9)];
    expect(readProfiles(moved)).toEqual(DEFAULT_PROFILES);
    // The header in the first row.
    expect(readProfiles(cells.slice(3))).toEqual(DEFAULT_PROFILES);
    cells[3].push("  ", "Tekst");
    cells.slice(6).forEach((row) => row.push(1, 1));
    cells[8][6] = "halv";
    cells[3].push("Uendelig");
    cells.slice(6).forEach((row) => row.push(Infinity));
    expect(readProfiles(cells)).toEqual(DEFAULT_PROFILES);
    expect(readProfiles([["Ikke en model"]])).toEqual([]);
    // A parameter's row gone: no profile, whatever another row holds in its column.
    const short = valuesOf(made().cells).map((row) => [...row]);
    short.splice(11, 1);
    short[1] = [null, null, null, ...DEFAULT_PROFILES.map(() => 5)];
    expect(readProfiles(short)).toEqual([]);
  });

  it("writes a profile into the column headed with its name, or into the first free column, and nowhere when D to Z are full", () => {
    const model = made();
    const cells = valuesOf(model.cells);
    const edited = { ...DEFAULT_PROFILES[1], threshold: 170000 };
    expect(profileWrites(cells, edited)).toEqual([
      { address: "E4", value: edited.name },
      { address: "E7", value: 170000 },
      { address: "E8", value: 180000 },
      { address: "E9", value: 0.5 },
      { address: "E10", value: edited.safetyNet[0] },
      { address: "E11", value: edited.safetyNet[1] },
      { address: "E12", value: edited.safetyNet[2] },
    ]);
    expect(profileWrites(cells, { ...edited, name: "Nyt forslag" })?.[0]).toEqual({ address: "F4", value: "Nyt forslag" });
    const gap = cells.map((row) => [...row]);
    gap[3][3] = "";
    expect(profileWrites(gap, { ...edited, name: "Nyt forslag" })?.[0]).toEqual({ address: "D4", value: "Nyt forslag" });
    const full = cells.map((row) => [...row]);
    for (let c = 3; c < 26; c += 1) full[3][c] = `P${c}`;
    expect(profileWrites(full, { ...edited, name: "Nyt forslag" })).toBeNull();
    expect(profileWrites(full, { ...edited, name: "P25" })?.[0]).toEqual({ address: "Z4", value: "P25" });
    expect(profileWrites([["Ikke en model"]], edited)).toBeNull();
    // A header row first, a name with spaces around it, a blank header cell as null.
    const top = cells.slice(3).map((row) => [...row]);
    top[0][4] = ` ${edited.name} `;
    expect(profileWrites(top, edited)?.slice(0, 2)).toEqual([
      { address: "E1", value: edited.name },
      { address: "E4", value: 170000 },
    ]);
    top[0][3] = null;
    expect(profileWrites(top, { ...edited, name: "Nyt forslag" })?.[0]).toEqual({ address: "D1", value: "Nyt forslag" });
    // A parameter row a user deleted is not written.
    expect(profileWrites(cells.filter((row) => row[1] !== "Model_Loft"), edited)?.map((w) => w.address)).toEqual(["E4", "E7", "E8", "E9", "E10", "E11"]);
  });
});

describe("the result sheet", () => {
  // Made inside each test: a mutation run activates its mutant per test (DEVELOPING, Mutation testing).
  const made = () => resultSheet("Resultat 2023-24", list, guessColumns(HEADERS), schools, { serial: 46000, shown: "09-12-2025" });

  it("labels what it was written for, its parameters and its coverage, and its columns", () => {
    const result = made();
    expect(result.cells.slice(1, 4).map((row) => row.filter((_v, c) => c % 2 === 0))).toEqual([
      ["Model", "Skoleår", "Elevliste", "Skrevet"],
      ["Tærskel (kr.)", "Loft (kr.)", "Skolens andel"],
      ["Elever i listen", "Elever på arket", "Dækker listen", "Rækker på arket"],
    ]);
    expect(result.cells[1].filter((_v, c) => c % 2 === 1)).toEqual(["=Model_Valgt", "=Model_Skoleår", '="Elever!A1"', 46000]);
    expect(result.cells[3][7]).toBe(7);
    expect(result.cells[6]).toEqual(["Elev", "Betalende skole", "Årlig udgift", "Andel af skoleåret", "Udgift × andel", "Skolens betaling", "Forvaltningens betaling", null, "Skole", "Skolens betaling", "Forvaltningens betaling", "Udgift × andel", "Elever"]);
    expect(result.cells[10].slice(8, 9)).toEqual(["I alt"]);
    expect(result.cells[11].slice(8, 9)).toEqual(["Skole + forvaltning = udgift × andel"]);
  });

  it("shows kroner with øre, the parameters in whole kroner and a percentage, the share of the year with four decimals and the date as Danish Excel does", () => {
    const result = made();
    expect(result.numberFormats).toEqual([
      { address: "$B$3", format: WHOLE },
      { address: "$D$3", format: WHOLE },
      { address: "$F$3", format: "0%" },
      { address: "$H$2", format: "dd-mm-yyyy" },
      { address: "C8:C14", format: KR },
      { address: "D8:D14", format: "0.0000" },
      { address: "E8:G14", format: KR },
      { address: "J8:L11", format: KR },
    ]);
  });

  it("bolds its title, coverage line, headers and totals; frames its two tables; fills the pupils down; reads back, pins and warns where it should", () => {
    const result = made();
    expect(result.bold).toEqual(["A1", "A5", "A7:M7", "I11:M11"]);
    expect(result.style).toMatchObject({ headers: ["A7:G7", "I7:M7"], inputs: [], tables: ["A7:G14", "I7:M12"], freezeRows: 7 });
    expect(result.fill).toEqual({ row: 7, rows: 7, columns: 7 });
    expect(result.readBack).toEqual(["A2:H5", "B8:G14", "I8:M12"]);
    expect(result.pin).toEqual(["$B$2", "$D$2"]);
    expect(result.warnings).toEqual([{ address: "A5:H5", whenFalse: "$F$4" }]);
    expect(result.chart).toEqual({ range: "I7:J10", title: "Skolens betaling pr. skole" });
    expect([result.totalRow, [...result.summaryRows]]).toEqual([10, [["Hedensted Skole", 7], ["Løsning Skole", 8], ["Rask Mølle Skole", 9]]]);
    expect([RESULT_STATUS, RESULT_WRITTEN_FOR]).toEqual(["A2:H4", "A2:D2"]);
    // The school column is as wide as the longest school, the summary's as its longest label too.
    const wide = resultSheet("R", list, guessColumns(HEADERS), ["S".repeat(50)]);
    expect(wide.style?.widths[1]).toBe(57);
    expect(wide.style?.widths[8]).toBe(57);
  });

  it("written for a model and school year by value: constants, nothing pinned; without a written date: no date in the title", () => {
    const fixed = resultSheet("R", list, guessColumns(HEADERS), schools, undefined, { profile: "=Forslag", schoolYear: 2024 });
    expect([fixed.cells[1][1], fixed.cells[1][3], fixed.pin]).toEqual(['="=Forslag"', 2024, []]);
    expect(String(fixed.cells[0][0])).not.toContain("skrevet");
    expect(fixed.cells[1][7]).toBe(0);
    expect(() => resultSheet("R", { ...list, rows: 0 }, guessColumns(HEADERS), schools)).toThrow("at least one pupil");
  });

  it("says in row 5, without the add-in, whether it covers the list, and its control is FALSE where it does not", () => {
    const result = made();
    const model = modelSheet(DEFAULT_PROFILES, 2023);
    const names = model.names.map((n) => ({ name: n.name, expression: `=${qualified(MODEL_SHEET, n.address)}` }));
    const sheets = (rows: unknown[][]) => calculate({ Elever: rows, [MODEL_SHEET]: valuesOf(model.cells), R: valuesOf(result.cells) }, names).R;
    const all = [HEADERS, ...pupilRows(PUPILS)];
    const covered = sheets(all);
    expect(covered[4][0]).toBe("Arket dækker listen: 7 elever i Elever!A1.");
    expect(covered[11][9]).toBe(true);
    // A pupil at a school the summary never saw: 7 in the list, 6 on the sheet.
    const other = all.map((row, r) => (r === 1 ? [row[0], "Ny Skole", ...row.slice(2)] : row));
    const uncovered = sheets(other);
    expect(uncovered[4][0]).toBe("ADVARSEL: Elever i Elever!A1: 7 · på dette ark: 6. Arket dækker ikke listen: skriv det igen (Opdatér i Specialøkonomi).");
    expect(uncovered[11][9]).toBe(false);
    expect(uncovered[0][0]).toBe("Incitamentsmodel: Hedensted 2022/23 · skoleår 2023/24 · Elever!A1 · skrevet 09-12-2025");
  });
});

describe("a result sheet with fewer pupils than summary rows", () => {
  it("leaves the pupil columns of the summary's lower rows blank", () => {
    const one = resultSheet("R", { ...list, rows: 1 }, guessColumns(HEADERS), schools);
    // The pupil columns and the gap blank (A to H), then the summary from I, in rows 9 to 11.
    [8, 9, 10].forEach((r) => {
      expect(one.cells[r].slice(0, 8)).toEqual(Array<null>(8).fill(null));
      expect(one.cells[r].length).toBeGreaterThan(8);
    });
    expect([one.cells[8][8], one.cells[9][8]]).toEqual(['="Løsning Skole"', '="Rask Mølle Skole"']);
    expect(one.cells).toHaveLength(12); // seven rows above the pupils, then the summary: three schools and two rows of totals
  });
});

describe("the sheets that follow a result sheet", () => {
  it("say whether it still covers the list with the rows they were written from", () => {
    const follows = followsResult("Resultat 2023-24", 7);
    expect(follows.holds).toBe("AND('Resultat 2023-24'!$F$4,'Resultat 2023-24'!$H$4=7)");
    const line = (covers: boolean, rows: number, inList: number) => calculate({ "Resultat 2023-24": [[], [], [], [null, inList, null, null, null, covers, null, rows]], F: [[follows.line]] }).F[0][0];
    expect(line(true, 7, 7)).toBe("Følger Resultat 2023-24, som dækker listen: 7 elever.");
    const warning = "ADVARSEL: Resultat 2023-24 dækker ikke listen, eller er skrevet igen siden. Skriv dette ark igen (Opdatér i Specialøkonomi).";
    expect(line(false, 7, 8)).toBe(warning);
    expect(line(true, 8, 8)).toBe(warning);
  });

  it("the comparison: the two models chosen from the model sheet's profiles, their parameters shown as the model sheet shows them", () => {
    const compare = compareSheet("Sammenligning", "Resultat 2023-24", 7, schools, "=A", "B");
    expect(compare.cells.slice(0, 5).map((row) => row.filter((_v, c) => c % 2 === 0))).toEqual([["Sammenligning af to modeller"], ["Model A", "Model B"], ["Tærskel (kr.)", "Tærskel (kr.)"], ["Loft (kr.)", "Loft (kr.)"], ["Skolens andel", "Skolens andel"]]);
    expect([compare.cells[1][1], compare.cells[1][3]]).toEqual(["'=A", "B"]);
    expect(compare.cells[6]).toEqual(["Elev", "Betalende skole", "Årlig udgift", "Andel af skoleåret", "Skolen betaler, A", "Skolen betaler, B", "Forskel (B − A)", null, "Skole", "Forskel (B − A)", "Skolen betaler, A", "Skolen betaler, B"]);
    expect([compare.cells[10][8], compare.cells[11][8], compare.cells[11][9]]).toEqual(["I alt", "Forvaltningens budget, virkning (B − A)", "=-J11"]);
    expect(compare.numberFormats).toEqual([
      { address: "B3:B4", format: WHOLE },
      { address: "B5", format: "0%" },
      { address: "D3:D4", format: WHOLE },
      { address: "D5", format: "0%" },
      { address: "C8:C14", format: KR },
      { address: "D8:D14", format: "0.0000" },
      { address: "E8:G14", format: KR },
      { address: "J8:L12", format: KR },
    ]);
    expect(compare.bold).toEqual(["A1", "A7:G7", "I7:L7", "I11:L12"]);
    expect(compare.style).toMatchObject({
      headers: ["A7:G7", "I7:L7"],
      inputs: ["B2", "D2"],
      tables: ["A2:D5", "A7:G14", "I7:L12"],
      freezeRows: 7,
      validations: ["B2", "D2"].map((address) => ({ address, source: { sheet: MODEL_SHEET, address: "$D$4:$Z$4" } })),
    });
    expect([compare.fill, compare.readBack, compare.chart]).toEqual([{ row: 7, rows: 7, columns: 7 }, ["E8:G14", "I8:L12"], { range: "I7:J10", title: "Forskel i skolens betaling (B − A)" }]);
    expect(compare.warnings).toEqual([{ address: "A6:G6", whenFalse: followsResult("Resultat 2023-24", 7).holds }]);
    expect(compare.cells[5][0]).toBe(followsResult("Resultat 2023-24", 7).line);
    // The second pupil's row refers to the result sheet's second, and each school sums the seven pupil rows exactly.
    expect(compare.cells[8]).toEqual([
      "='Resultat 2023-24'!A9",
      "='Resultat 2023-24'!B9",
      "='Resultat 2023-24'!C9",
      "='Resultat 2023-24'!D9",
      "=ROUND(SEGREGATION.PAYMENT(C9,$B$3,$B$4,$B$5)*D9,2)",
      "=ROUND(SEGREGATION.PAYMENT(C9,$D$3,$D$4,$D$5)*D9,2)",
      "=ROUND(F9-E9,2)",
      null,
      '="Løsning Skole"',
      "=ROUND(SUMPRODUCT(--($B$8:$B$14=$I9),$G$8:$G$14),2)",
      "=ROUND(SUMPRODUCT(--($B$8:$B$14=$I9),$E$8:$E$14),2)",
      "=ROUND(SUMPRODUCT(--($B$8:$B$14=$I9),$F$8:$F$14),2)",
    ]);
    // Fewer pupils than summary rows: the summary's rows below the pupils, their pupil columns blank;
    // a long school name widens the pupils' school column and the summary's (its names are formulas).
    const one = compareSheet("Sammenligning", "Resultat 2023-24", 1, [...schools, long], "A", "B");
    expect(one.cells).toHaveLength(13);
    expect(one.cells.slice(8).map((row) => row.slice(0, 8))).toEqual(Array.from({ length: 5 }, () => Array<null>(8).fill(null)));
    expect(one.cells[10][8]).toBe(`="${long}"`);
    expect([one.style?.widths[1], one.style?.widths[8]]).toEqual([widthOf(long), widthOf(long)]);
  });

  it("the safety net: its part of the model's net, the key in words, exactly distributed", () => {
    const net = safetyNetSheet("Sikkerhedsnet", "Resultat 2023-24", schools, 1, "payments", 7);
    expect(net.cells[0]).toEqual(["Sikkerhedsnet"]);
    expect(net.cells[2]).toEqual([followsResult("Resultat 2023-24", 7).line]);
    expect(net.cells[1]).toEqual(["Beløb", "=INDEX(Incitamentsmodel!$D$11:$Z$11,1,MATCH('Resultat 2023-24'!$B$2,Incitamentsmodel!$D$4:$Z$4,0))"]);
    expect(net.cells[3]).toEqual(["Skole", "Andel af sikkerhedsnettet", "Skolens betaling", "Budget til segregering", "Nøgle: skolens betaling"]);
    expect(net.cells[4]).toEqual(["='Resultat 2023-24'!I8", "=INDEX(ALLOCATE($B$2,$E$5:$E$7),1)", "='Resultat 2023-24'!J8", null, "=C5"]);
    expect(net.cells.slice(7)).toEqual([["I alt", "=SUM(B5:B7)", "=SUM(C5:C7)", "=SUM(D5:D7)", "=SUM(E5:E7)"], ["Fordelt præcist", "=SUMCHECK(B5:B7,$B$2)"]]);
    expect(net.numberFormats).toEqual([
      { address: "B2", format: WHOLE },
      { address: "B5:B8", format: WHOLE },
      { address: "C5:D8", format: KR },
    ]);
    expect([net.bold, net.readBack, net.chart]).toEqual([["A1", "A4:E4", "A8:E8"], ["A1:E9"], { range: "A4:B7", title: "Sikkerhedsnet pr. skole" }]);
    expect(net.style).toMatchObject({ headers: ["A4:E4"], inputs: ["D5:D7"], tables: ["A4:E8"], freezeRows: 4 });
    expect(net.warnings).toEqual([{ address: "A3:E3", whenFalse: followsResult("Resultat 2023-24", 7).holds }]);
    // The other parts of the net, and the other keys.
    expect(String(safetyNetSheet("S", "R", schools, 0, "pupils", 7).cells[1][1])).toContain("$D$10:$Z$10");
    expect(String(safetyNetSheet("S", "R", schools, 2, "pupils", 7).cells[1][1])).toContain("$D$12:$Z$12");
    const pupils = safetyNetSheet("S", "R", schools, 0, "pupils", 7);
    expect([pupils.cells[3][4], pupils.cells[4][4]]).toEqual(["Nøgle: elever", "='R'!M8"]);
    const deficit = safetyNetSheet("S", "R", schools, 0, "deficit", 7, (k) => `Budget!C${k + 2}`);
    expect([deficit.cells[3][4], deficit.cells[4][3], deficit.cells[4][4], deficit.style?.inputs]).toEqual(["Nøgle: underskud (betaling − budget)", "=Budget!C2", "=MAX(0,ROUND(C5-D5,2))", []]);
    expect(() => safetyNetSheet("S", "R", schools, 0, "deficit", 7)).toThrow("the deficit key needs the schools' budget");
    // A long school name widens the school column (its names are formulas).
    expect(safetyNetSheet("S", "R", [...schools, long], 0, "pupils", 7).style?.widths[0]).toBe(widthOf(long));
  });
});

describe("the pupil list as the sheets refer to it", () => {
  it("a range by its absolute address, a table by structured reference with [ ] # ' escaped", () => {
    expect(listColumn(list, 2)).toBe("Elever!$C$2:$C$8");
    expect(listColumn({ ...list, headerRow: 3, firstColumn: 1, rows: 0 }, 0)).toBe("Elever!$B$5");
    const table = { ...list, table: { name: "Elevliste", headers: ["Elev [id]", "Skole#1", "Pris 'kr'"] } };
    expect([0, 1, 2, 3].map((c) => listColumn(table, c))).toEqual(["Elevliste[[Elev '[id']]]", "Elevliste[[Skole'#1]]", "Elevliste[[Pris ''kr'']]", "Elevliste[[]]"]);
    expect([listName(list), listName(table), listName({ ...list, sheet: "Elev liste", headerRow: 2, firstColumn: 1 })]).toEqual(["Elever!A1", "Elevliste", "'Elev liste'!B3"]);
  });

  it("what a result sheet was written for, read back; none where a cell holds something else", () => {
    expect(readWrittenFor([["Model", " Forslag ", "Skoleår", 2023]])).toEqual({ selected: "Forslag", schoolYear: 2023 });
    expect(readWrittenFor([["Model", 5, "Skoleår", 2023.5]])).toEqual({ selected: null, schoolYear: null });
    expect(readWrittenFor([])).toEqual({ selected: null, schoolYear: null });
  });
});

describe("a result sheet over a list with only the required columns", () => {
  it("numbers the pupils by their place in the list, reads blank end, category and arrival, and counts the list by its cost column", () => {
    const headers = ["Betalende skole", "Årlig udgift", "Startdato"];
    const mapping = guessColumns(headers);
    expect(mapping).toMatchObject({ pupil: null, end: null, category: null, arrival: null });
    const rows = PUPILS.slice(0, 3).map((p) => [p.school, p.cost, p.start]);
    const short = { sheet: "Elever", headerRow: 0, firstColumn: 0, rows: 3 };
    const layout = resultSheet("R", short, mapping, [...new Set(rows.map((r) => r[0] as string))]);
    expect(layout.cells[7][0]).toBe("=IF(ROW()-7>$B$4,\"\",ROW()-7)");
    expect(layout.cells[7][3]).toBe('=IF(ROW()-7>$B$4,0,SEGREGATION.LIABLE(INDEX(Elever!$C$2:$C$4,ROW()-7),"",$D$2,"",""))');
    expect(layout.cells[3][1]).toBe("=ROWS(Elever!$B$2:$B$4)");
    const model = modelSheet(DEFAULT_PROFILES, 2023);
    const names = model.names.map((n) => ({ name: n.name, expression: `=${qualified(MODEL_SHEET, n.address)}` }));
    const values = calculate({ Elever: [headers, ...rows], [MODEL_SHEET]: valuesOf(model.cells), R: valuesOf(layout.cells) }, names).R;
    expect(values.slice(7, 10).map((row) => row[0])).toEqual([1, 2, 3]);
    expect(values[3][1]).toBe(3);
    // Without a cost column the list is counted by its school column.
    const bySchool = resultSheet("R", short, { ...mapping, cost: null }, ["A"]);
    expect(bySchool.cells[3][1]).toBe("=ROWS(Elever!$A$2:$A$4)");
  });
});

describe("what the sheets' modules settle as they load (loaded inside the test: DEVELOPING, module-level survivors)", () => {
  it("the column headers and places of the result, comparison and safety-net sheets", async () => {
    const m = await fresh(() => import("../../src/sheets/layouts"));
    expect(m.RESULT_PUPIL).toEqual({
      headers: ["Elev", "Betalende skole", "Årlig udgift", "Andel af skoleåret", "Udgift × andel", "Skolens betaling", "Forvaltningens betaling"],
      at: { pupil: 0, school: 1, cost: 2, share: 3, liable: 4, pays: 5, central: 6 },
    });
    expect(m.RESULT_SUMMARY.headers).toEqual(["Skole", "Skolens betaling", "Forvaltningens betaling", "Udgift × andel", "Elever"]);
    expect(m.COMPARE_PUPIL).toEqual({
      headers: ["Elev", "Betalende skole", "Årlig udgift", "Andel af skoleåret", "Skolen betaler, A", "Skolen betaler, B", "Forskel (B − A)"],
      at: { pupil: 0, school: 1, cost: 2, share: 3, payA: 4, payB: 5, difference: 6 },
    });
    // The share of the year with four decimals, a format the module keeps as it loads.
    const shares = m.resultSheet("R", list, guessColumns(HEADERS), schools).numberFormats.filter((f) => f.address === "D8:D14");
    expect(shares).toEqual([{ address: "D8:D14", format: "0.0000" }]);
    expect(m.COMPARE_SUMMARY.headers).toEqual(["Skole", "Forskel (B − A)", "Skolen betaler, A", "Skolen betaler, B"]);
    expect(m.SAFETY_NET_SCHOOL.headers).toEqual(["Skole", "Andel af sikkerhedsnettet", "Skolens betaling", "Budget til segregering", "Nøgle"]);
    expect([m.RESULT_CELLS.headerRow, m.RESULT_CELLS.firstDataRow, m.RESULT_CELLS.summaryColumn]).toEqual([6, 7, 8]);
    expect(m.RESULT_CELLS.for).toEqual({
      model: "$B$2",
      schoolYear: "$D$2",
      list: "$F$2",
      written: "$H$2",
      threshold: "$B$3",
      cap: "$D$3",
      schoolShare: "$F$3",
      inList: "$B$4",
      onSheet: "$D$4",
      covers: "$F$4",
      rows: "$H$4",
      line: "$A$5",
    });
    expect([m.RESULT_STATUS, m.RESULT_WRITTEN_FOR, m.MODEL_INPUTS, m.PROFILE_NAMES, m.MAX_PROFILES]).toEqual(["A2:H4", "A2:D2", "C5:C6", "$D$4:$Z$4", 23]);
    expect(m.MODEL_CELLS).toEqual({ headerRow: 3, firstParameterRow: 6, activeColumn: 2, firstProfileColumn: 3 });
    expect(m.COMPARE_CELLS).toMatchObject({ headerRow: 6, firstPupilRow: 7, summaryColumn: 8 });
    expect(m.SAFETY_NET_CELLS).toMatchObject({ amount: { row: 1, column: 1 }, headerRow: 3, firstSchoolRow: 4 });
    expect([m.KRONER, m.AMOUNT_WIDTH, m.MODEL_SHEET]).toEqual(["#,##0.00", 14, "Incitamentsmodel"]);
    expect(m.MODEL_NAME_CELLS.map((n) => `${n.name}=${n.address}`)).toEqual([
      "Model_Valgt=$C$5",
      "Model_Skoleår=$C$6",
      "Model_Tærskel=$C$7",
      "Model_Loft=$C$8",
      "Model_Skoleandel=$C$9",
      "Model_Sikkerhedsnet_Planlægning=$C$10",
      "Model_Sikkerhedsnet_Tilflyttere=$C$11",
      "Model_Sikkerhedsnet_Årsafslutning=$C$12",
    ]);
  });

  it("the changes and sensitivity sheets' places, the colours and the zero-hiding formats", async () => {
    const [changes, sensitivity, style, withoutAddIn] = await fresh(() =>
      Promise.all([import("../../src/sheets/changes"), import("../../src/sheets/sensitivity"), import("../../src/sheets/style"), import("../../src/sheets/withoutAddIn")]),
    );
    expect(changes.CHANGES_CELLS).toEqual({ headerRow: 3, firstRow: 4, schoolColumn: 11, change: 13, check: 15, centralChange: 17, centralCheck: 19 });
    expect(changes.KIND_WORDS).toEqual({ new: "Ny elev", ended: "Afsluttet", moved: "Skiftet skole", cost: "Ændret udgift", other: "Anden ændring" });
    expect(sensitivity.SENSITIVITY_CELLS).toMatchObject({ start: 1, step: 2, end: 3, target: 4, now: 5, calibrated: 6, liableTotal: 7, header: 9, firstPoint: 10, valueColumn: 1, totalColumn: 2 });
    expect(sensitivity.SENSITIVITY_POINT.at).toEqual({ value: 0, label: 1, total: 2, administration: 3, now: 4, calibrated: 5 });
    expect(style.COLOURS).toEqual({ header: "#DDEBF7", input: "#FFF2CC", computed: "#F2F2F2", border: "#A6A6A6" });
    expect(style.ZERO_HIDDEN).toEqual({ whole: "#,##0;-#,##0;;@", oneDecimal: "#,##0.0;-#,##0.0;;@" });
    expect(style.widthOf("Skoleandel")).toBe(13);
    expect(withoutAddIn.OUT_OF_REACH).toEqual({ cap: "Intet loft når det udlagte", target: "Ingen værdi når målet" });
    expect(withoutAddIn.NEEDS_ADD_IN).toBe("Beregnes med tilføjelsesprogrammet Specialøkonomi");
    // The words kept in module-level tables, through the sheets built from them.
    const titles = (["cap", "threshold", "share"] as const).map((solveFor) => {
      const sheet = sensitivity.sensitivitySheet("F", "R", 3, 1, { solveFor, start: 1, step: 1, points: 2, target: null });
      return [sheet.cells[0][0], sheet.cells[9][0], sheet.cells[5][1]];
    });
    expect(titles).toEqual([
      ["Følsomhed: skolernes betaling efter loftet (tærskel = loft)", "Loft (kr.)", "='R'!$D$3"],
      ["Følsomhed: skolernes betaling efter tærsklen", "Tærskel (kr.)", "='R'!$B$3"],
      ["Følsomhed: skolernes betaling efter skolens andel over tærsklen", "Skolens andel", "='R'!$F$3"],
    ]);
    const none = changes.changesSheet("Æ", "T", { pupils: [], schools: [] });
    expect(none.cells[3]).toEqual(["Ændring", "Elev", "Skole før", "Skole nu", "Udgift før", "Udgift nu", "Skolens betaling før", "Skolens betaling nu", "Forvaltningens betaling før", "Forvaltningens betaling nu", null, "Skole", "Skolens betaling før", "Ændring", "Skolens betaling nu", "Stemmer", "Forvaltningens betaling før", "Ændring (forvaltning)", "Forvaltningens betaling nu", "Stemmer (forvaltning)"]);
  });

  it("the model sheet's parameters: labels, names and formats kept in a module-level table", async () => {
    const m = await fresh(() => import("../../src/sheets/layouts"));
    const model = m.modelSheet(DEFAULT_PROFILES, 2023);
    expect(model.cells.slice(6).map((row) => [row[0], row[1], row[3]])).toEqual([
      ["Tærskel (kr.)", "Model_Tærskel", 264995],
      ["Loft (kr.)", "Model_Loft", 287077],
      ["Skolens andel over tærsklen", "Model_Skoleandel", 0.5],
      ["Sikkerhedsnet: fordeles ved planlægning (kr.)", "Model_Sikkerhedsnet_Planlægning", 6500000],
      ["Sikkerhedsnet: tilflyttere i årets løb (kr.)", "Model_Sikkerhedsnet_Tilflyttere", 3000000],
      ["Sikkerhedsnet: fordeles ved årets slutning (kr.)", "Model_Sikkerhedsnet_Årsafslutning", 9900000],
    ]);
    expect(model.numberFormats.map((f) => f.format)).toEqual(["#,##0", "#,##0", "0%", "#,##0", "#,##0", "#,##0"]);
  });
});
