import { serialOf } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { messages } from "../../src/core/messages";
import { DEFAULT_PROFILES, describeProfile, startingProfile } from "../../src/core/profiles";
import { checkPupils, type ColumnMapping, compareUnder, guessColumns, normaliseHeader, pupilRowCount, readPupilList, schoolNotices, summarise, summaryUnder } from "../../src/core/pupils";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { expected } from "../../tools/dev/pupilList";
import { PUPILS, pupilRows } from "../../tools/seeds";

const HEADERS = ["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"];
const MAPPING = guessColumns(HEADERS);

/** One pupil row in the order of HEADERS; a valid pupil unless told otherwise. */
function pupil(fields: Partial<Record<"name" | "school" | "cost" | "start" | "end" | "category" | "arrival", unknown>> = {}): unknown[] {
  const row = { name: "Elev 1", school: "Hedensted Skole", cost: 280000, start: serialOf(2023, 8, 1), end: null, category: null, arrival: null, ...fields };
  return [row.name, row.school, row.cost, row.start, row.end, row.category, row.arrival];
}
const kinds = (rows: unknown[][], mapping: ColumnMapping = MAPPING) => checkPupils(rows, mapping).map((p) => [p.kind, p.at]);

describe("guessing the pupil list's columns from its headers", () => {
  it("reads Danish headers", () => {
    expect(MAPPING).toEqual({ pupil: 0, school: 1, cost: 2, start: 3, end: 4, category: 5, arrival: 6 });
  });

  it("reads English headers in any order", () => {
    expect(guessColumns(["Annual cost", "Student", "Paying school", "Category", "End date", "Start date", "Arrival date"])).toEqual({
      pupil: 1,
      school: 2,
      cost: 0,
      start: 5,
      end: 4,
      category: 3,
      arrival: 6,
    });
  });

  it("prefers the better fit: 'Betalende skole' over 'Skoledistrikt', 'Udgift' over 'Udgift note'", () => {
    const m = guessColumns(["Skoledistrikt", "Betalende skole", "Udgift note", "Udgift", "Fra"]);
    expect(m.school).toBe(1);
    expect(m.cost).toBe(3);
    expect(m.start).toBe(4);
  });

  it("leaves a role it cannot find empty and never uses a column twice", () => {
    const m = guessColumns(["Skole", "Beløb", "Kommentar", 2023, null]);
    expect(m).toEqual({ pupil: null, school: 0, cost: 1, start: null, end: null, category: null, arrival: null });
  });

  it("folds Danish letters and punctuation", () => {
    expect(normaliseHeader("  Årlig  UDGIFT (kr.) ")).toBe("arlig udgift kr");
    expect(normaliseHeader("Ophør")).toBe("ophor");
  });
});

describe("problems in a pupil list, found before anything is written", () => {
  it("a clean list has none", () => {
    expect(kinds([pupil(), pupil({ name: "Elev 2", category: "Anbragt", end: serialOf(2024, 1, 31) })])).toEqual([]);
  });

  it("blank cells as Excel desktop passes them (0) are blank, not problems", () => {
    expect(kinds([pupil({ end: 0, category: 0, arrival: 0 })])).toEqual([]);
  });

  it("names the cell of each problem (row 1 = first pupil)", () => {
    expect(
      kinds([
        pupil({ cost: "280.000 kr." }),
        pupil({ cost: -5 }),
        pupil({ cost: null }),
        pupil({ start: "1. august" }),
        pupil({ start: serialOf(2024, 2, 1), end: serialOf(2024, 1, 31) }),
        pupil({ category: "efterskole" }),
        pupil({ category: 10 }),
        pupil({ school: null }),
        pupil({ start: null }),
      ]),
    ).toEqual([
      ["costNotNumber", { row: 1, column: 3 }],
      ["negativeCost", { row: 2, column: 3 }],
      ["missingCost", { row: 3, column: 3 }],
      ["dateNotDate", { row: 4, column: 4 }],
      ["endBeforeStart", { row: 5, column: 5 }],
      ["unknownCategory", { row: 6, column: 6 }],
      ["unknownCategory", { row: 7, column: 6 }],
      ["missingSchool", { row: 8, column: 2 }],
      ["missingStart", { row: 9, column: 4 }],
    ]);
  });

  it("finds a school spelled two ways Excel tells apart, pointing at the second spelling", () => {
    const problems = checkPupils([pupil(), pupil({ school: "Hedensted-Skole" }), pupil({ school: "Hedensted Skole" })], MAPPING, { headerRow: 0, firstColumn: 0 });
    expect(problems.map((p) => [p.kind, p.at])).toEqual([["schoolSpelling", { row: 2, column: 2 }]]);
    expect(problems[0].message.da).toBe(
      'Samme skole stavet på flere måder, som Excel regner for forskellige skoler: "Hedensted Skole", "Hedensted-Skole" (fx i celle B3). Ret listen, så de staves ens',
    );
  });

  it("counts spellings that differ in case and spaces as one school, and says so", () => {
    const rows = [pupil(), pupil({ school: "hedensted  skole" }), pupil({ school: "Hedensted Skole" })];
    expect(checkPupils(rows, MAPPING)).toEqual([]);
    expect(schoolNotices(rows, MAPPING).map((m) => m.en)).toEqual([
      '"Hedensted Skole", "hedensted  skole" are counted as one school, "Hedensted Skole" (case and spaces are not told apart)',
    ]);
  });

  it("asks for the required columns before looking at rows", () => {
    const m = { ...MAPPING, cost: null, start: null };
    expect(checkPupils([pupil()], m).map((p) => p.message.en)).toEqual(["Choose the column for annual cost", "Choose the column for start date"]);
  });

  it("writes each message in Danish and English", () => {
    const [p] = checkPupils([pupil({ cost: "mange" })], MAPPING);
    expect(p.message).toEqual({
      da: 'Udgiften i række 1, kolonne 3 er teksten "mange", ikke et tal',
      en: 'The cost at row 1, column 3 is the text "mange", not a number',
    });
  });
});

describe("the per-school summary the pane shows", () => {
  it("gives the same numbers as the rules, per pupil rounded to øre, schools in first-seen order", () => {
    const model = unwrap(incentiveModel(264995, 287077, 0.5));
    const summary = summarise(pupilRows(PUPILS), MAPPING, model, 2023);
    expect(summary.map((s) => s.school)).toEqual(["Hedensted Skole", "Løsning Skole", "Rask Mølle Skole"]);
    for (const line of summary) {
      const mine = PUPILS.filter((p) => p.school === line.school).map((p) => expected(p));
      expect(line.pupils).toBe(mine.length);
      expect(line.pays.toString()).toBe(mine.reduce((s, e) => s.plus(e.school), line.pays.mul(0)).toString());
      expect(line.central.toString()).toBe(mine.reduce((s, e) => s.plus(e.central), line.pays.mul(0)).toString());
    }
  });
});

describe("where a selected block's pupils end", () => {
  const blank = [null, null, "", null, null, null, null];
  it.each(["I alt", "Total", "Sum", "Elever i alt", "Samlet"])("%p as the last row is no pupil", (label) => {
    const rows = [pupil(), pupil(), [label, null, 560000, null, null, null, null]];
    expect(pupilRowCount(rows, MAPPING)).toEqual({ pupils: 2, total: { index: 2, label } });
  });

  it("blank rows at the end, and before a total row, are no pupils either", () => {
    expect(pupilRowCount([pupil(), blank, ["I alt", null, 280000], blank], MAPPING)).toEqual({ pupils: 1, total: { index: 2, label: "I alt" } });
    expect(pupilRowCount([pupil(), pupil(), blank, blank], MAPPING)).toEqual({ pupils: 2, total: null });
  });

  it("a last row that is a pupil stays, whatever its name", () => {
    expect(pupilRowCount([pupil(), pupil({ name: "Sum Jensen" })], MAPPING)).toEqual({ pupils: 2, total: null });
    expect(pupilRowCount([pupil(), pupil({ school: "Total Skole" })], MAPPING)).toEqual({ pupils: 2, total: null });
  });
});

describe("reading a block as a pupil list, and the summary under the model sheet's choice (the pane's decisions, in core)", () => {
  it("keeps the pupils, leaves out the I alt row below them and names it by its Excel row", () => {
    const rows = [...pupilRows(PUPILS), [], ["I alt", null, 1000000]];
    const read = readPupilList(HEADERS, rows, { headerRow: 0, firstColumn: 0 });
    expect(read.pupils).toBe(PUPILS.length);
    expect(read.problems).toEqual([]);
    expect(read.leftOut?.en).toBe(`Row ${PUPILS.length + 3} ("I alt") is a total row, not a pupil, and is left out`);
  });

  it("sums under the chosen profile and school year; no summary without a valid choice", () => {
    const rows = pupilRows(PUPILS);
    const mapping = guessColumns(HEADERS);
    const model = { profiles: DEFAULT_PROFILES, selected: "Hedensted 2022/23", schoolYear: 2023 };
    const rule = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    expect(summaryUnder(rows, mapping, model)).toEqual(summarise(rows, mapping, rule, 2023));
    expect(summaryUnder(rows, mapping, { ...model, selected: "Findes ikke" })).toBeNull();
    expect(summaryUnder(rows, mapping, { ...model, schoolYear: null })).toBeNull();
    expect(summaryUnder(rows, mapping, { ...model, profiles: [{ ...DEFAULT_PROFILES[0], cap: 1 }] })).toBeNull();
  });

  it("starts from the model sheet's chosen profile, else its first", () => {
    expect(startingProfile(DEFAULT_PROFILES, DEFAULT_PROFILES[1].name)).toBe(DEFAULT_PROFILES[1].name);
    expect(startingProfile(DEFAULT_PROFILES, "Findes ikke")).toBe(DEFAULT_PROFILES[0].name);
    expect(startingProfile([], null)).toBeNull();
  });
});

describe("the pane's headlines: the model in one sentence, a comparison for the schools", () => {
  it("says the model as a finance officer would read it, in both languages", () => {
    expect(describeProfile(DEFAULT_PROFILES[0])).toEqual({
      da: "Skolen betaler hele udgiften op til 264.995 kr.; derover 50 % op til højst 287.077 kr. pr. elev.",
      en: "The school pays the whole cost up to 264,995 kr.; above that 50 %, up to at most 287,077 kr. a pupil.",
    });
    expect(describeProfile(DEFAULT_PROFILES[1]).da).toBe("Skolen betaler hele udgiften op til 180.000 kr. pr. elev; resten betaler forvaltningen.");
    expect(describeProfile({ threshold: 100000, cap: 200000, schoolShare: 0.375 }).da).toContain("derover 37,5 % op til højst 200.000 kr.");
  });

  it("sums the change per school between two models as the comparison sheet does, and names the largest", () => {
    const rows = pupilRows(PUPILS);
    const mapping = guessColumns(["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"]);
    const model = { profiles: DEFAULT_PROFILES, schoolYear: 2023 };
    const [a, b] = [DEFAULT_PROFILES[0], DEFAULT_PROFILES[1]];
    const headline = compareUnder(rows, mapping, model, a.name, b.name)!;
    const underA = summaryUnder(rows, mapping, { ...model, selected: a.name })!;
    const underB = summaryUnder(rows, mapping, { ...model, selected: b.name })!;
    const total = underB.reduce((s, l) => s.plus(l.pays), new Dec(0)).minus(underA.reduce((s, l) => s.plus(l.pays), new Dec(0)));
    expect(headline.total.eq(total)).toBe(true);
    expect(headline.more + headline.less).toBeLessThanOrEqual(underA.length);
    expect(headline.largest[0].change.abs().gte(headline.largest[headline.largest.length - 1].change.abs())).toBe(true);
    const said = messages.comparisonHeadline(headline.total, headline.more, headline.less, headline.largest);
    expect(said.da).toMatch(/^Under B betaler skolerne i alt [\d.]+(,\d\d)? kr\. mindre end under A; forvaltningen betaler det\. \d skoler? betaler mere, \d skoler? mindre\. Største ændringer: /);
    expect(compareUnder(rows, mapping, model, a.name, "Findes ikke")).toBeNull();
  });
});
