/**
 * What each tie-out checks (issue #30: mutation testing found checks that could be dropped and no test
 * noticed, since a sheet that is right ties out against fewer checks too). Over the seeds' pupil list:
 * every figure of every row is checked once, at its own cell, and the checks' words name the cell as a
 * user finds it (Excel's row number, the school, "I alt").
 */
import { Dec } from "../../src/core/decimal";
import { messages } from "../../src/core/messages";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns, listSchools, pupilResults } from "../../src/core/pupils";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { budgetTieOut, compareTieOut, differenceMessage, differences, resultFigures, resultTieOut, safetyNetTieOut, sensitivityTieOut, type TieOut } from "../../src/office/tieOut";
import { COMPARE_CELLS, RESULT_CELLS } from "../../src/sheets/layouts";
import { PUPILS, pupilRows } from "../../tools/seeds";

const HEADERS = ["Elev", "Betalende skole", "Årlig udgift", "Startdato", "Slutdato", "Kategori", "Tilflyttet"];
const list = { rows: pupilRows(PUPILS), mapping: guessColumns(HEADERS) };
const model = { profiles: DEFAULT_PROFILES, selected: DEFAULT_PROFILES[0].name, schoolYear: 2023 };
const S = listSchools(list.rows, list.mapping).length;
const P = pupilResults(list.rows, list.mapping, unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare)), 2023).filter((x) => x !== null).length;

/** The checks' count, and that no two are of one cell. */
function shape(t: TieOut) {
  const cells = new Set(t.checks.map((c) => `${c.row},${c.column}`));
  return { checks: t.checks.length, distinct: cells.size === t.checks.length };
}

describe("what each tie-out checks, over the seeds' list", () => {
  it("has schools and pupils to check", () => {
    expect([S > 1, P > S]).toEqual([true, true]);
  });

  it("the result sheet: 4 figures a pupil, 5 a school and the total, the SUMCHECK, and the 8 cells of what it was written for", () => {
    const t = unwrap(resultTieOut(list, model));
    expect(shape(t)).toEqual({ checks: 4 * P + 5 * (S + 1) + 1 + 8, distinct: true });
    expect(t.pupils).toBe(P);
    const first = t.checks.find((c) => c.row === RESULT_CELLS.firstDataRow);
    // Excel's row number, one more than the 0-based row.
    expect(first?.what.da).toMatch(new RegExp(`^elev i række ${RESULT_CELLS.firstDataRow + 1}, `));
    expect(first?.what.en).toMatch(new RegExp(`^pupil in row ${RESULT_CELLS.firstDataRow + 1}, `));
    expect(t.checks.filter((c) => c.what.da.startsWith("I alt, ")).length).toBe(5 + 1 + 8);
    expect(t.checks.find((c) => c.expected === "I alt")).toBeDefined();
  });

  it("the comparison: 3 figures a pupil, 4 a school and the total, and the administration's difference", () => {
    const t = unwrap(compareTieOut(list, model, DEFAULT_PROFILES[0].name, DEFAULT_PROFILES[1].name));
    expect(shape(t)).toEqual({ checks: 3 * P + 4 * (S + 1) + 1, distinct: true });
    expect(t.checks.some((c) => c.row === COMPARE_CELLS.firstPupilRow + S)).toBe(true);
  });

  it("the safety net: the part, 4 figures a school (5 with its budget), the total and its SUMCHECK", () => {
    expect(shape(unwrap(safetyNetTieOut(list, model, 0, "pupils")))).toEqual({ checks: 1 + 4 * S + 2, distinct: true });
    expect(shape(unwrap(safetyNetTieOut(list, model, 1, "payments", 5000000)))).toEqual({ checks: 1 + 5 * S + 2, distinct: true });
    expect(shape(unwrap(safetyNetTieOut(list, model, 2, "deficit", 1000)))).toEqual({ checks: 1 + 5 * S + 2, distinct: true });
  });

  it("the safety net refuses a deficit key without a budget, and a key that is 0 for every school", () => {
    expect(safetyNetTieOut(list, model, 0, "deficit")).toMatchObject({ ok: false, failure: { message: messages.deficitNeedsBudget() } });
    // Every school within a budget of 1.000 mio. kr.: no deficit to split by.
    expect(safetyNetTieOut(list, model, 0, "deficit", 1e9)).toMatchObject({ ok: false, failure: { message: messages.keyAllZero("deficit") } });
  });

  it("the safety net by payments where one school pays nothing: split among the others, not refused", () => {
    // Two schools, one pupil each; the second's costs 0 kr. (no payment), the first's 300.000 kr.
    const [first, second] = list.rows;
    const { school, cost } = list.mapping as { school: number; cost: number };
    const edit = (row: readonly unknown[], name: string, amount: number) => row.map((v, c) => (c === school ? name : c === cost ? amount : v));
    const two = { rows: [edit(first, "Alfa Skole", 300000), edit(second, "Beta Skole", 0)], mapping: list.mapping };
    const t = safetyNetTieOut(two, model, 0, "payments");
    expect(t.ok ? t.value.checks.length : t.failure.message.en).toBe(1 + 4 * 2 + 2);
  });

  it("a list without a school column: no pupil's school is checked (none is written)", () => {
    const t = unwrap(resultTieOut({ rows: list.rows, mapping: { ...list.mapping, school: null } }, model));
    expect(t.checks.filter((c) => c.row >= RESULT_CELLS.firstDataRow && c.row < RESULT_CELLS.firstDataRow + list.rows.length && c.column === RESULT_CELLS.pupil.school)).toEqual([]);
  });

  it("names the total row \"I alt\" as the module sets it when loaded (inside this test, for mutation testing)", async () => {
    let fresh: typeof import("../../src/office/tieOut") | undefined;
    await jest.isolateModulesAsync(async () => {
      fresh = await import("../../src/office/tieOut");
    });
    const t = unwrap(fresh!.resultTieOut(list, model));
    expect(t.checks.filter((c) => c.what.da.startsWith("I alt, ")).length).toBe(5 + 1 + 8);
  });

  it("the budget sheet: 6 figures above, 6 a school, 6 below; with a model B, 5 more above, 4 more a school, 5 more below", () => {
    expect(shape(unwrap(budgetTieOut(list, model, 2000000)))).toEqual({ checks: 6 + 6 * S + 6, distinct: true });
    expect(shape(unwrap(budgetTieOut(list, model, 2000000, { profile: DEFAULT_PROFILES[1].name, devolved: 1500000 })))).toEqual({ checks: 6 + 10 * S + 6 + 5 + 5, distinct: true });
  });

  it("the sensitivity sheet: the value now with its total, the liable total, the calibrated value with its total, and 5 figures a point", () => {
    const range = { solveFor: "cap" as const, start: 150000, step: 10000, points: 16, target: 700000 };
    expect(shape(unwrap(sensitivityTieOut(list, model, range)))).toEqual({ checks: 3 + 2 + 5 * 16, distinct: true });
    expect(shape(unwrap(sensitivityTieOut(list, model, { ...range, target: null })))).toEqual({ checks: 3 + 5 * 16, distinct: true });
  });

  it("the sensitivity sheet marks the point nearest a value as the sheet does: over half a step below, at most half a step above", () => {
    const marks = (cap: number) => {
      const profiles = [{ ...DEFAULT_PROFILES[0], threshold: cap, cap }];
      const t = unwrap(sensitivityTieOut(list, { ...model, profiles }, { solveFor: "cap", start: 100000, step: 10000, points: 5, target: null }));
      return t.checks.filter((c) => c.what.en.endsWith("now") && c.expected !== "#N/A" && !c.what.en.startsWith("I alt")).map((c) => c.what.en.split(",")[0]);
    };
    // 125.000 is half-way between 120.000 and 130.000: the lower point takes it (≤ half a step above it).
    expect(marks(125000)).toEqual(["120000"]);
    expect(marks(125001)).toEqual(["130000"]);
  });

  it("a school year from 1900 to 9998 is one the sheets can hold; outside it, no tie-out", () => {
    for (const year of [1900, 9998]) expect(resultTieOut(list, { ...model, schoolYear: year }).ok).toBe(true);
    for (const year of [1899, 9999, 2023.5]) expect(resultTieOut(list, { ...model, schoolYear: year }).ok).toBe(false);
  });

  it("a profile that is not there is named; none chosen is said as such", () => {
    expect(resultTieOut(list, { ...model, selected: "Findes ikke" })).toMatchObject({ ok: false, failure: { message: messages.profileMissing("Findes ikke") } });
    expect(resultTieOut(list, { ...model, selected: null })).toMatchObject({ ok: false, failure: { message: messages.profileMissing("") } });
  });

  it("a list without a school column has no pupil on the result sheet to check", () => {
    const t = unwrap(resultTieOut({ ...list, mapping: { ...list.mapping, school: null } }, model));
    expect(t.checks.filter((c) => c.what.en.startsWith("pupil in row")).length).toBe(0);
  });

  it("a target out of reach: the sensitivity sheet's calibrated total is empty", () => {
    const t = unwrap(sensitivityTieOut(list, model, { solveFor: "cap", start: 150000, step: 10000, points: 3, target: 1e12 }));
    expect(t.checks.filter((c) => c.expected === "").length).toBe(1);
  });

  it("the message names the first five cells that differ, and how many in all", () => {
    const t = unwrap(resultTieOut(list, model));
    const found = differences(t.checks, () => 0.5);
    const text = differenceMessage("Resultat", found).en;
    expect(text.match(/on the sheet/g)?.length).toBe(5);
    expect(text).toContain(String(found.length));
  });

  it("the pupils' figures for what changed: each pupil with its result, its school as the sheets show it; none without a pupil column", () => {
    const figures = resultFigures(list, model) ?? [];
    expect(figures.length).toBe(P);
    expect(figures[0].id).toBe(String(list.rows[0][0]).trim());
    expect(resultFigures({ ...list, mapping: { ...list.mapping, pupil: null } }, model)).toBeNull();
    expect(resultFigures({ ...list, mapping: { ...list.mapping, school: null } }, model)).toBeNull();
    expect(figures.every((f) => f.cost instanceof Dec)).toBe(true);
  });
});

describe("a list with a row that is no pupil, and a name with spaces around it", () => {
  // The first pupil's name padded as a typed cell can be; a last row with a school but no cost.
  const [head, ...rest] = list.rows;
  const odd = { ...list, rows: [[`  ${String(head[0])} `, ...head.slice(1)], ...rest, ["Ingen udgift", head[1], null, head[3], null, null, null]] };

  it("the result sheet's record says it does not cover every row, and the sums leave the row out", () => {
    const t = unwrap(resultTieOut(odd, model));
    const covers = t.checks.find((c) => typeof c.expected === "boolean" && c.what.en.endsWith("covers the list"));
    expect(covers?.expected).toBe(false);
    expect(t.pupils).toBe(P);
    expect(unwrap(sensitivityTieOut(odd, model, { solveFor: "share", start: 0, step: 0.5, points: 3, target: null })).checks.length).toBe(3 + 5 * 3);
  });

  it("the pupils' figures carry the name as the sheet compares it, trimmed", () => {
    expect((resultFigures(odd, model) ?? [])[0].id).toBe(String(head[0]).trim());
  });

  it("a pupil whose id cell is empty is the pupil \"\" in the figures, not \"null\"", () => {
    const pupil = list.mapping.pupil as number;
    const rows = list.rows.map((row, i) => (i === 0 ? row.map((v, c) => (c === pupil ? null : v)) : row));
    expect((resultFigures({ rows, mapping: list.mapping }, model) ?? [])[0].id).toBe("");
  });
});
