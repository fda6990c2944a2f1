import { serialOf } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { messages } from "../../src/core/messages";
import { DEFAULT_PROFILES, describeProfile, startingProfile } from "../../src/core/profiles";
import { checkPupils, type ColumnMapping, compareUnder, guessColumns, normaliseHeader, pupilResults, pupilRowCount, readPupilList, schoolNotices, summarise, summaryUnder } from "../../src/core/pupils";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { expected } from "../../tools/dev/pupilList";
import { PUPILS, pupilRows } from "../../tools/seeds";
import { fresh } from "../support/mutation";

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
    // A cap at the threshold, or no share above it: the school pays up to the threshold only.
    expect(describeProfile({ threshold: 100000, cap: 100000, schoolShare: 0.5 }).en).toBe("The school pays the whole cost up to 100,000 kr. a pupil; the administration pays the rest.");
    expect(describeProfile({ threshold: 100000, cap: 200000, schoolShare: 0 }).da).toBe("Skolen betaler hele udgiften op til 100.000 kr. pr. elev; resten betaler forvaltningen.");
    expect(describeProfile({ threshold: 100000, cap: 100001, schoolShare: 0.123456 }).da).toContain("derover 12,3456 % op til højst 100.001 kr.");
    expect(describeProfile({ threshold: 100000, cap: 100001, schoolShare: 1 }).en).toContain("above that 100 %, up to at most 100,001 kr. a pupil.");
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

describe("the pupil list at its edges (mutation testing, issue #30)", () => {
  it("guesses a column by how well its header fits: exact, then starting with a word, then containing one; ties to the left and to the earlier role", () => {
    expect(guessColumns(["Den skole", "Skole nord"]).school).toBe(1);
    expect(guessColumns(["Skole nord", "Den skole"]).school).toBe(0);
    expect(guessColumns(["Skole nord", "Skole"]).school).toBe(1);
    expect(guessColumns(["Skole", "Skole"])).toMatchObject({ school: 0, pupil: null, cost: null });
    // Several words in a row: "fra dato" at the start fits better than "fra" inside.
    expect(guessColumns(["Periode fra", "Fra dato visiteret"]).start).toBe(1);
    expect(guessColumns(["Dato fra"]).start).toBe(0);
    expect(guessColumns(["Dato fra", "Fra dato"]).start).toBe(1);
    // One header fitting two roles as well: the earlier role of pupil, school, cost, … takes it.
    expect(guessColumns(["Note elev skole"])).toMatchObject({ pupil: 0, school: null });
    // A header that is no text, or no fit, is no column.
    expect(guessColumns([42, null, "Bemærkning"])).toEqual({ pupil: null, school: null, cost: null, start: null, end: null, category: null, arrival: null });
  });

  it("a date is a serial from 1 to 2.958.465 (31-12-9999); 0 and blank are no date and no problem", () => {
    const dates = (start: unknown) => kinds([pupil({ start })]).filter(([k]) => k === "dateNotDate" || k === "missingStart").map(([k]) => k);
    expect([1, 2958465, 45000.5].map(dates)).toEqual([[], [], []]);
    expect([0.5, 2958466, -1, Infinity, NaN, "2023-08-01"].map(dates)).toEqual([["dateNotDate"], ["dateNotDate"], ["dateNotDate"], ["dateNotDate"], ["dateNotDate"], ["dateNotDate"]]);
    expect([0, null, ""].map(dates)).toEqual([["missingStart"], ["missingStart"], ["missingStart"]]);
    expect(kinds([pupil({ end: 0, arrival: 0 })])).toEqual([]);
    expect(kinds([pupil({ end: 2958466 })])).toEqual([["dateNotDate", { row: 1, column: 5 }]]);
    // An unmapped date column is never read.
    expect(kinds([pupil({ end: "tekst" })], { ...MAPPING, end: null })).toEqual([]);
  });

  it("an end before the start is a problem only where both are dates, and a same-day end is none, whatever its time of day", () => {
    const start = serialOf(2023, 8, 1);
    expect(kinds([pupil({ start, end: start })])).toEqual([]);
    expect(kinds([pupil({ start, end: start - 1 })])).toEqual([["endBeforeStart", { row: 1, column: 5 }]]);
    // Dates are whole days (decision 11): an end earlier in the start's day is that day, as the figures count it.
    expect(kinds([pupil({ start: start + 0.75, end: start + 0.25 })])).toEqual([]);
    expect(kinds([pupil({ start: start + 0.25, end: start - 0.25 })])).toEqual([["endBeforeStart", { row: 1, column: 5 }]]);
    expect(checkPupils([pupil({ start, end: start - 1 })], MAPPING)[0].message.da).toContain("01-08-2023");
    expect(kinds([pupil({ start: 2958466, end: 1 })]).map(([k]) => k)).toEqual(["dateNotDate"]);
  });

  it("a cost of 0 is a cost; a negative one, text or infinity is a problem", () => {
    expect(kinds([pupil({ cost: 0 })])).toEqual([]);
    expect(kinds([pupil({ cost: -0.01 })])).toEqual([["negativeCost", { row: 1, column: 3 }]]);
    expect(kinds([pupil({ cost: Infinity })])).toEqual([["costNotNumber", { row: 1, column: 3 }]]);
    expect(kinds([pupil({ cost: "280.000" })])).toEqual([["costNotNumber", { row: 1, column: 3 }]]);
    expect(kinds([pupil({ cost: "" })])).toEqual([["missingCost", { row: 1, column: 3 }]]);
  });

  it("a category is read as text: a known one typed as a number is still a problem, 0 and blank are none", () => {
    expect(kinds([pupil({ category: "Tilflytter" })])).toEqual([]);
    expect(kinds([pupil({ category: 0 })])).toEqual([]);
    expect(kinds([pupil({ category: "Ukendt" })])).toEqual([["unknownCategory", { row: 1, column: 6 }]]);
    expect(kinds([pupil({ category: 7 })])).toEqual([["unknownCategory", { row: 1, column: 6 }]]);
    expect(kinds([pupil({ category: true })])).toEqual([["unknownCategory", { row: 1, column: 6 }]]);
  });

  it("names Excel's cell of a problem where the list's place is known", () => {
    const [p] = checkPupils([pupil(), pupil({ cost: -1 })], MAPPING, { headerRow: 4, firstColumn: 1 });
    expect(p.at).toEqual({ row: 2, column: 3 });
    expect(p.message.da).toContain("D7");
    const [q] = checkPupils([pupil(), pupil({ cost: -1 })], MAPPING);
    expect(q.message.da).not.toContain("D7");
  });

  it("a school written two ways points at the first row of the second spelling, one problem per school", () => {
    const rows = [pupil({ school: "Hedensted Skole" }), pupil({ school: "Løsning Skole" }), pupil({ school: "Hedensted-Skole" }), pupil({ school: "Hedensted-Skole" })];
    expect(kinds(rows)).toEqual([["schoolSpelling", { row: 3, column: 2 }]]);
    expect(kinds([pupil({ school: "Aabenraa Skole" }), pupil({ school: "Åbenrå Skole" }), pupil({ school: "Løsning Skole" })])).toEqual([["schoolSpelling", { row: 2, column: 2 }]]);
    // Without a school column nothing is compared (the missing column is the problem).
    expect(kinds(rows, { ...MAPPING, school: null }).map(([k]) => k)).toEqual(["missingColumn"]);
  });

  it("a total row's start that is a date keeps it a pupil; a blank start or none mapped leaves it out", () => {
    const total = (start: unknown) => ["I alt", null, 560000, start, null, null, null];
    expect(pupilRowCount([pupil(), total(serialOf(2023, 8, 1))], MAPPING).total).toBeNull();
    expect(pupilRowCount([pupil(), total(1)], MAPPING).total).toBeNull();
    expect(pupilRowCount([pupil(), total(2958465)], MAPPING).total).toBeNull();
    expect(pupilRowCount([pupil(), total(2958466)], MAPPING).total).toEqual({ index: 1, label: "I alt" });
    expect(pupilRowCount([pupil(), total(0)], MAPPING).total).toEqual({ index: 1, label: "I alt" });
    expect(pupilRowCount([pupil(), total(serialOf(2023, 8, 1))], { ...MAPPING, start: null }).total).toEqual({ index: 1, label: "I alt" });
    expect(pupilRowCount([pupil(), ["  I alt  ", null, 1]], MAPPING).total).toEqual({ index: 1, label: "I alt" });
    expect(pupilRowCount([[null, ""], []], MAPPING)).toEqual({ pupils: 0, total: null });
    expect(pupilRowCount([["I alt"]], MAPPING)).toEqual({ pupils: 0, total: { index: 0, label: "I alt" } });
  });

  it("a school summed from the rows that have no problem, and left out when it has none", () => {
    const rule = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    const rows = [
      pupil({ school: "A Skole", cost: 100000 }),
      pupil({ school: "A Skole", cost: -5 }),
      pupil({ school: "B Skole", cost: "x" }),
      pupil({ school: "C Skole", start: null }),
      pupil({ school: "D Skole", start: 2958466 }),
      pupil({ school: "E Skole", cost: 300000, category: "ukendt" }),
    ];
    const summary = summarise(rows, MAPPING, rule, 2023);
    expect(summary.map((s) => [s.school, s.pupils, s.pays.toNumber()])).toEqual([
      ["A Skole", 1, 100000],
      // An unknown category is a problem the pane shows first; the sum reads it as an ordinary pupil.
      ["E Skole", 1, expected({ name: "E", school: "E Skole", cost: 300000, start: serialOf(2023, 8, 1) }).school.toNumber()],
    ]);
    expect(summarise(rows, { ...MAPPING, school: null }, rule, 2023)).toEqual([]);
  });

  it("a comparison names at most the three largest changes, largest first, and counts schools paying more and less", () => {
    const rows = [100000, 200000, 280000, 290000, 300000, 150000].map((cost, k) => pupil({ school: `Skole ${k + 1}`, cost }));
    const model = { profiles: DEFAULT_PROFILES, schoolYear: 2023 };
    const headline = compareUnder(rows, MAPPING, model, DEFAULT_PROFILES[0].name, DEFAULT_PROFILES[1].name)!;
    // B (180.000 at most) against A (all up to 264.995, half above): 300.000 pays 282.497,50 under A, 180.000
    // under B; 290.000 277.497,50; 280.000 272.497,50; 200.000 200.000. 100.000 and 150.000 pay the same.
    expect([headline.more, headline.less]).toEqual([0, 4]);
    expect(headline.largest.map((l) => [l.school, l.change.toNumber()])).toEqual([
      ["Skole 5", -102497.5],
      ["Skole 4", -97497.5],
      ["Skole 3", -92497.5],
    ]);
    expect(headline.total.toNumber()).toBe(-102497.5 - 97497.5 - 92497.5 - 20000);
    // The other way round: the same schools pay more.
    const back = compareUnder(rows, MAPPING, model, DEFAULT_PROFILES[1].name, DEFAULT_PROFILES[0].name)!;
    expect([back.more, back.less, back.largest[0].change.toNumber()]).toEqual([4, 0, 102497.5]);
    expect(compareUnder(rows, MAPPING, model, "Findes ikke", DEFAULT_PROFILES[1].name)).toBeNull();
  });

  it("a comparison where fewer than three schools change names only those", () => {
    const rows = [pupil({ school: "Lav", cost: 100000 }), pupil({ school: "Høj", cost: 300000 }), pupil({ school: "Midt", cost: 150000 })];
    const headline = compareUnder(rows, MAPPING, { profiles: DEFAULT_PROFILES, schoolYear: 2023 }, DEFAULT_PROFILES[0].name, DEFAULT_PROFILES[1].name)!;
    expect(headline.largest.map((l) => [l.school, l.change.toNumber()])).toEqual([["Høj", -102497.5]]);
    expect([headline.more, headline.less]).toEqual([0, 1]);
  });

  it("only a school written more than one way gets a notice", () => {
    const rows = [pupil({ school: "Hedensted Skole" }), pupil({ school: "Løsning Skole" }), pupil({ school: "hedensted skole" })];
    expect(schoolNotices(rows, MAPPING).map((m) => m.en)).toEqual(['"Hedensted Skole", "hedensted skole" are counted as one school, "Hedensted Skole" (case and spaces are not told apart)']);
    expect(schoolNotices([pupil({ school: "Løsning Skole" })], MAPPING)).toEqual([]);
  });

  it("a row with a problem has no figures; a date is a number whose day is from 1900-01-01 to 9999-12-31, never text", () => {
    const rule = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    const figures = (fields: Parameters<typeof pupil>[0]) => pupilResults([pupil(fields)], MAPPING, rule, 2023)[0];
    for (const fields of [{ cost: -1 }, { cost: "280000" }, { start: "45139" }, { start: 0.5 }, { start: 2958466 }, { school: null }]) expect([fields, figures(fields)]).toEqual([fields, null]);
    // The first and the last day Excel shows, and the last one's afternoon: dates (the first before the school year, the last after it).
    expect(figures({ start: 1 })?.share.toString()).toBe("1");
    for (const start of [2958465, 2958465.5]) expect([start, figures({ start })?.share.toString()]).toEqual([start, "0"]);
    expect(checkPupils([pupil({ start: 2958465.5, end: 2958465.9 })], MAPPING)).toEqual([]);
    expect(kinds([pupil({ start: 0.5 }), pupil({ start: 2958466 })]).map(([k]) => k)).toEqual(["dateNotDate", "dateNotDate"]);
  });

  it("a category that is not text is a problem of its own; its figures are an ordinary pupil's", () => {
    expect(checkPupils([pupil({ category: 10 })], MAPPING).map((p) => [p.kind, p.message.en])).toEqual([["unknownCategory", "The category at row 1, column 6 must be a text"]]);
    expect(checkPupils([pupil({ category: true })], MAPPING).map((p) => p.message.en)).toEqual(["The category at row 1, column 6 must be a text"]);
    const rule = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    const pays = (category: unknown) => pupilResults([pupil({ category })], MAPPING, rule, 2023)[0]?.pays.toString();
    expect([pays(10), pays(null), pays("ukendt")]).toEqual([pays("normal"), pays(""), pays("")]);
    expect(pays("Anbragt")).toBe("0");
  });

  it("schools the same but for spaces, punctuation, case, accents or æ, ø, å written out are one school spelled two ways", () => {
    const spelled = (a: string, b: string) => kinds([pupil({ school: a }), pupil({ school: b })]).map(([k]) => k);
    for (const [a, b] of [
      ["Hedensted Skole", "HedenstedSkole"],
      ["Hedensted  Skole", "Hedensted-Skole"],
      ["Ærø Skole", "Aeroe Skole"],
      ["Ærø Skole", "AERØ SKOLE"],
      ["Åby Skole", "Aaby Skole"],
      ["AABY SKOLE", "Åby Skole"],
      ["Café Skole", "Cafe Skole"],
      ["Skole\u00a0Nord", "Skole Nord"],
    ]) expect([a, b, spelled(a, b)]).toEqual([a, b, ["schoolSpelling"]]);
    // Letters that differ are two schools, even where one is æ, ø or å left out.
    for (const [a, b] of [
      ["Åby Skole", "By Skole"],
      ["Ærø Skole", "Rø Skole"],
      ["Ærø Skole", "Aerø Skole 2"],
      ["Skole 1", "Skole 12"],
    ]) expect([a, b, spelled(a, b)]).toEqual([a, b, []]);
  });
});

describe("the pupil list's tables, loaded inside the test (mutation testing, issue #30)", () => {
  /** Headers as finance officers write them, per role; each is an exact fit for its role. */
  const WRITTEN: Record<string, readonly string[]> = {
    pupil: ["Elev", "Elevnavn", "Elev ID", "Elevnr.", "Elevnummer", "Navn", "CPR", "Barn", "Pupil", "Student", "Pupil ID", "Name"],
    school: ["Betalende skole", "Skole", "Distriktsskole", "Afgivende skole", "Hjemskole", "Paying school", "School"],
    cost: ["Årlig udgift", "Udgift", "Takst", "Årstakst", "Pris", "Beløb", "Omkostning", "Annual cost", "Cost", "Tariff", "Amount"],
    start: ["Startdato", "Start", "Fra", "Fra dato", "Visiteret fra", "Indskrevet", "Start date", "From"],
    end: ["Slutdato", "Slut", "Til", "Til dato", "Udskrevet", "Ophør", "End date", "End", "To"],
    category: ["Kategori", "Undtagelse", "Status", "Category", "Exemption"],
    arrival: ["Tilflyttet", "Tilflytningsdato", "Tilflytning", "Ankomst", "Arrival", "Arrival date", "Moved in"],
  };

  it("each header a finance officer writes fits its role exactly: it wins over a header that only starts with it", async () => {
    const { guessColumns: guess, PUPIL_COLUMNS } = await fresh(() => import("../../src/core/pupils"));
    expect(Object.keys(WRITTEN)).toEqual([...PUPIL_COLUMNS]);
    for (const [role, headers] of Object.entries(WRITTEN)) {
      for (const header of headers) expect([header, guess([`${header} (note)`, header])[role as keyof ColumnMapping]]).toEqual([header, 1]);
    }
    // Accents written as a letter and a combining mark (as a Mac may save "å") are set aside like any accent.
    expect(guess(["Udgift til kørsel", "A\u030arlig udgift"]).cost).toBe(1);
    // A header of several words fits where its words stand in that order, anywhere in the header.
    expect([guess(["Date moved in"]).arrival, guess(["In moved"]).arrival]).toEqual([0, null]);
    // A blank or spaces-only header fits nothing.
    expect(Object.values(guess(["", "  ", "-"])).every((c) => c === null)).toBe(true);
  });

  it("the required columns, and each problem's name for its column", async () => {
    const pupils = await fresh(() => import("../../src/core/pupils"));
    expect(pupils.REQUIRED_COLUMNS).toEqual(["school", "cost", "start"]);
    const none = { pupil: null, school: null, cost: null, start: null, end: null, category: null, arrival: null };
    expect(pupils.checkPupils([pupil()], none).map((p) => [p.message.da, p.message.en])).toEqual([
      ["Vælg kolonnen for betalende skole", "Choose the column for paying school"],
      ["Vælg kolonnen for årlig udgift", "Choose the column for annual cost"],
      ["Vælg kolonnen for startdato", "Choose the column for start date"],
    ]);
    const said = pupils.checkPupils([pupil({ school: null, cost: null, start: null, end: "x", arrival: "y" })], MAPPING).map((p) => p.message.en);
    expect(said).toEqual([
      "No paying school at row 1, column 2",
      "No annual cost at row 1, column 3",
      "The end at row 1, column 5 is the text \"x\", not a date",
      "The arrival at row 1, column 7 is the text \"y\", not a date",
      "No start date at row 1, column 4",
    ]);
    expect(pupils.checkPupils([pupil({ school: null, cost: null, start: null, end: "x", arrival: "y" })], MAPPING).map((p) => p.message.da)).toEqual([
      "Ingen betalende skole i række 1, kolonne 2",
      "Ingen årlig udgift i række 1, kolonne 3",
      'Feltet slut i række 1, kolonne 5 er teksten "x", ikke en dato',
      'Feltet tilflyttet i række 1, kolonne 7 er teksten "y", ikke en dato',
      "Ingen startdato i række 1, kolonne 4",
    ]);
  });
});
