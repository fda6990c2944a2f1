/**
 * A pupil list built from DOMAIN.md's worked examples (school year 2023/24), and what the rules give
 * for each pupil, computed by the core in exact decimals and rounded to øre as the result sheet rounds.
 */
import { serialOf } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { liableFraction, parseCategory } from "../../src/core/placement";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { unwrap } from "../../src/core/result";
import { HEADERS, type Pupil, PUPILS, pupilRows } from "../seeds";
import { sourceCalculator } from "../sourceFunctions";
import { FakeWorkbookData } from "./fakeExcel";
import { parseCell, rangeAddress } from "../../src/core/address";
import { centralPayment, incentiveModel, schoolPayment } from "../../src/core/segregation";

const d = serialOf;

/** What the rules give for one pupil, exact, rounded to øre as the result sheet rounds. */
export function expected(p: Pupil, profile = DEFAULT_PROFILES[0]) {
  const model = unwrap(incentiveModel(profile.threshold, profile.cap, profile.schoolShare));
  const share = unwrap(liableFraction({ start: p.start, end: p.end ?? null }, 2023, unwrap(parseCategory(p.category ?? "")), p.arrival ?? null));
  const ore = (x: Dec) => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const liable = ore(new Dec(p.cost).times(share));
  const school = ore(unwrap(schoolPayment(p.cost, model)).times(share));
  return { liable, school, central: liable.minus(school), share, administrationFull: unwrap(centralPayment(p.cost, model)) };
}

/** n pupils over `schools` schools, costs and dates varied by position, for size tests. */
export function manyPupils(n: number, schools = 20): Pupil[] {
  return Array.from({ length: n }, (_x, i) => ({
    name: `Elev ${i + 1}`,
    school: `Skole ${(i % schools) + 1}`,
    cost: 150000 + ((i * 7919) % 300000),
    start: d(2020 + (i % 4), 8, 1 + (i % 28)),
    end: i % 3 === 0 ? d(2024, 6, 30) : null,
    category: i % 17 === 0 ? "Anbragt" : null,
    arrival: null,
  }));
}

/**
 * A pupil list as a municipality really keeps one (issue #12): `n` pupils (≥ 300) over twelve paying
 * schools, with the usual slips — trailing and double spaces, names in lower case, school codes typed
 * as numbers in some rows and as text in others, names with * ? ~ < > in them — and part-year pupils,
 * exempt pupils (anbragt, 10. klasse, vidtgående), movers-in, and costs in øre (odd øre under a 50 %
 * share among them: half-øre payments, where Excel's ROUND is not the binary double's). Rows in the order of
 * HEADERS. Every slip is one Excel's formulas count as the same school, so the list has no problems.
 */
export function messyRows(n = 320): unknown[][] {
  const schools: (string | number)[] = [
    "Hedensted Skole",
    "Rask Mølle Skole",
    "Løsning Skole",
    "Juelsminde Skole",
    "Skole*Nord",
    "Nord?",
    "<Vest Skole",
    ">Øst Skole",
    101,
    102,
    "Tørring ~ Skole",
    "Stouby Skole",
  ];
  const categories = [null, null, null, "Anbragt", null, "10. klasse", null, "vidtgående", null, "Tilflytter", null, null, null];
  return Array.from({ length: n }, (_x, i) => {
    let school: string | number = schools[i % schools.length];
    if (typeof school === "number") {
      if (i % 3 === 0) school = String(school); // the code typed as text
      else if (i % 5 === 0) school = ` ${school} `;
    } else {
      if (i % 5 === 1) school = `${school} `; // a trailing space
      if (i % 7 === 2) school = school.toLocaleLowerCase("da-DK");
      if (i % 11 === 3) school = school.replace(" ", "  "); // a double space
    }
    const category = categories[i % categories.length];
    // Every sixth pupil's cost has odd øre between Hedensted's threshold and the cost at its cap, so
    // the school pays half an øre under a 50 % share (299.934,57 → 282.464,785): Excel's ROUND decides.
    const cost =
      i % 6 === 5
        ? 264996 + ((i * 104729) % 44000) + (2 * ((i * 37) % 50) + 1) / 100
        : 120000 + ((i * 7919) % 320000) + (i % 4 === 0 ? 0.5 : 0) + (i % 9 === 0 ? 0.24 : 0);
    const start = d(2019 + (i % 5), 1 + (i % 12), 1 + (i % 28)); // some after the school year started
    const end = i % 4 === 1 ? d(2024, 1 + (i % 7), 10 + (i % 18)) : i % 10 === 7 ? d(2023, 10, 31) : null;
    const arrival = category === "Tilflytter" ? d(2023, 9 + (i % 3), 1) : null;
    return [`Elev ${i + 1}`, school, cost, start, end, category, arrival];
  });
}

/**
 * A workbook holding a pupil list as the Excel table "Elevliste" on the sheet "Elever", headers at
 * `at`, calculated as Excel calculates: by a formula engine with the add-in's functions, which answer
 * #BUSY! on the first read after a write.
 */
export function pupilBook(rows: unknown[][] = pupilRows(PUPILS), at = "A1"): FakeWorkbookData {
  const data = new FakeWorkbookData();
  data.calculator = sourceCalculator();
  data.busyReads = 1;
  data.put("Elever", at, [HEADERS, ...rows]);
  const { row, column } = parseCell(at);
  data.tables.push({ name: "Elevliste", sheet: "Elever", address: rangeAddress(row, column, rows.length + 1, HEADERS.length) });
  return data;
}
