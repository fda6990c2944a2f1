import { serialOf } from "../../src/core/dates";
import { Dec } from "../../src/core/decimal";
import { messages } from "../../src/core/messages";
import { fullYearFraction, liableFraction, parseBasis, parseCategory } from "../../src/core/placement";
import { unwrap } from "../../src/core/result";
import { fresh } from "../support/mutation";

const d = serialOf;
const OPEN = null;

/** The exact fraction as a string of the Decimal, to compare with a rational written out. */
const liable = (...args: Parameters<typeof liableFraction>): string => unwrap(liableFraction(...args)).toString();
const ratio = (covered: number, of: number): string => new Dec(covered).div(of).toString();

describe("SEGREGATION.LIABLE's rule: who pays for which part of a school year (DOMAIN.md §2)", () => {
  describe("an ordinary pupil, pro rata by days", () => {
    it("is liable for the whole school year when the placement spans it", () => {
      expect(liable({ start: d(2020, 8, 1), end: OPEN }, 2023)).toBe("1");
      expect(liable({ start: d(2023, 8, 1), end: d(2024, 7, 31) }, 2023)).toBe("1");
    });

    it("counts the school year's days covered, both ends included (2023/24 has 366 days)", () => {
      expect(liable({ start: d(2023, 8, 1), end: d(2024, 1, 31) }, 2023)).toBe(ratio(184, 366));
      expect(liable({ start: d(2024, 1, 1), end: OPEN }, 2023)).toBe(ratio(213, 366));
      expect(liable({ start: d(2022, 3, 1), end: d(2022, 8, 1) }, 2022)).toBe(ratio(1, 365));
    });

    it("is 0 outside the school year", () => {
      expect(liable({ start: d(2021, 8, 1), end: d(2023, 7, 31) }, 2023)).toBe("0");
      expect(liable({ start: d(2024, 8, 1), end: OPEN }, 2023)).toBe("0");
    });

    it("a one-day placement is one day", () => {
      expect(liable({ start: d(2023, 9, 1), end: d(2023, 9, 1) }, 2023)).toBe(ratio(1, 366));
    });
  });

  describe("exempt pupils: the administration pays all", () => {
    it.each(["anbragt", "placed", "10. klasse", "10th grade", "vidtgående", "extensive", "  Anbragt ", "VIDTGÅENDE"])(
      "category %p is liable for 0",
      (text) => {
        expect(liable({ start: d(2020, 8, 1), end: OPEN }, 2023, unwrap(parseCategory(text)))).toBe("0");
      },
    );
  });

  describe("a mover-in pays from the school year after the one of arrival", () => {
    const moverIn = unwrap(parseCategory("tilflytter"));

    it("is liable for nothing in the school year of arrival", () => {
      expect(liable({ start: d(2023, 10, 1), end: OPEN }, 2023, moverIn, d(2023, 10, 1))).toBe("0");
    });

    it("is liable for all of the next school year", () => {
      expect(liable({ start: d(2023, 10, 1), end: OPEN }, 2024, moverIn, d(2023, 10, 1))).toBe("1");
    });

    it("takes the placement's start as arrival when arrival is blank", () => {
      expect(liable({ start: d(2023, 10, 1), end: OPEN }, 2023, moverIn, null)).toBe("0");
      expect(liable({ start: d(2023, 10, 1), end: OPEN }, 2024, moverIn, null)).toBe("1");
    });

    it("uses arrival, not start, to find the first liable school year", () => {
      // Arrived in school year 2022/23, placed in 2023/24: the school pays from 1 August 2023.
      expect(liable({ start: d(2023, 10, 1), end: OPEN }, 2023, moverIn, d(2023, 3, 1))).toBe(ratio(305, 366));
    });

    it("an arrival on 1 August starts a school year: liable from the next one", () => {
      expect(liable({ start: d(2023, 8, 1), end: OPEN }, 2023, moverIn, d(2023, 8, 1))).toBe("0");
      expect(liable({ start: d(2023, 7, 31), end: OPEN }, 2023, moverIn, d(2023, 7, 31))).toBe("1");
    });

    it("a placement ending before liability starts is 0", () => {
      expect(liable({ start: d(2023, 10, 1), end: d(2024, 3, 1) }, 2024, moverIn, null)).toBe("0");
    });

    it("accepts the English name", () => {
      expect(unwrap(parseCategory(" Mover-In "))).toBe("moverIn");
    });
  });

  describe("pro rata by started months (the basis is a parameter, DOMAIN.md §2)", () => {
    it("counts a month in which the placement covers any day", () => {
      const months = unwrap(parseBasis("måneder"));
      expect(liable({ start: d(2023, 8, 15), end: d(2023, 10, 1) }, 2023, "normal", null, months)).toBe(ratio(3, 12));
      expect(liable({ start: d(2023, 8, 1), end: OPEN }, 2023, "normal", null, months)).toBe("1");
    });

    it.each(["", "dage", "DAYS", " days "])("basis %p is days", (text) => {
      expect(unwrap(parseBasis(text))).toBe("days");
    });
  });

  describe("invalid input", () => {
    it("refuses a start after the end, with both dates", () => {
      const r = liableFraction({ start: d(2024, 1, 2), end: d(2024, 1, 1) }, 2023);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.failure.kind).toBe("invalid");
        expect(r.failure.message.en).toBe("start: the placement starts (2024-01-02) after it ends (2024-01-01); expected start ≤ end");
      }
    });

    it("refuses an unknown category and lists the accepted ones", () => {
      const r = parseCategory("special");
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.failure.message.en).toContain('category: unknown category "special"');
        for (const name of ["anbragt", "placed", "10. klasse", "10th grade", "vidtgående", "extensive", "tilflytter", "mover-in"]) {
          expect(`${r.failure.message.da} ${r.failure.message.en}`).toContain(`"${name}"`);
        }
      }
    });

    it("refuses an unknown basis", () => {
      expect(parseBasis("weeks").ok).toBe(false);
    });
  });
});

describe("FULLYEAR's rule: full-year persons (helårspersoner)", () => {
  const full = (...args: Parameters<typeof fullYearFraction>): string => unwrap(fullYearFraction(...args)).toString();

  it("a whole calendar year is 1, half of leap year 2020 is 182/366", () => {
    expect(full({ start: d(2019, 5, 1), end: OPEN }, 2020)).toBe("1");
    expect(full({ start: d(2020, 1, 1), end: d(2020, 6, 30) }, 2020)).toBe(ratio(182, 366));
  });

  it("a school year from 1 August", () => {
    expect(full({ start: d(2023, 8, 1), end: d(2024, 1, 31) }, 2023, true)).toBe(ratio(184, 366));
    expect(full({ start: d(2023, 8, 1), end: d(2024, 1, 31) }, 2023, false)).toBe(ratio(153, 365));
  });

  it("is 0 when the period misses the year", () => {
    expect(full({ start: d(2021, 1, 1), end: d(2021, 12, 31) }, 2020)).toBe("0");
  });

  it("refuses a start after the end", () => {
    expect(fullYearFraction({ start: 10, end: 9 }, 2020).ok).toBe(false);
  });
});

describe("categories, bases and movers-in at their edges (mutation testing, issue #30)", () => {
  it("reads a category in either language, any case, spaces around; blank is an ordinary pupil", () => {
    expect(["  TILFLYTTER ", "Mover-In", "Anbragt", "PLACED", "10. Klasse", "10th grade", "Vidtgående", "extensive", "", "   "].map((t) => unwrap(parseCategory(t)))).toEqual([
      "moverIn",
      "moverIn",
      "placedInCare",
      "placedInCare",
      "tenthGrade",
      "tenthGrade",
      "extensive",
      "extensive",
      "normal",
      "normal",
    ]);
    const r = parseCategory("  Ukendt ");
    expect(r.ok ? null : r.failure.message.da).toContain('"Ukendt"');
  });

  it("reads the basis in either language, any case; blank is days", () => {
    expect(["", " Dage ", "DAYS", "Måneder", "months"].map((t) => unwrap(parseBasis(t)))).toEqual(["days", "days", "days", "months", "months"]);
    const r = parseBasis(" uger ");
    expect(r.ok ? null : r.failure.message.en).toContain('"uger"');
  });

  it("a mover-in who arrived on 31 July pays from the 1 August after; one whose placement ends that day pays that one day", () => {
    expect(liable({ start: d(2023, 7, 31), end: OPEN }, 2023, "moverIn")).toBe("1");
    expect(liable({ start: d(2022, 9, 1), end: d(2023, 8, 1) }, 2023, "moverIn")).toBe(ratio(1, 366));
    expect(liable({ start: d(2022, 9, 1), end: d(2023, 7, 31) }, 2023, "moverIn")).toBe("0");
    // Started months: August counts whole for the one day.
    expect(liable({ start: d(2022, 9, 1), end: d(2023, 8, 1) }, 2023, "moverIn", null, "months")).toBe(ratio(1, 12));
    // Each exempt category is 0 whatever the placement.
    for (const category of ["placedInCare", "tenthGrade", "extensive"] as const) expect(liable({ start: d(2020, 1, 1), end: OPEN }, 2023, category)).toBe("0");
  });

  it("a start on the end day is one day, for the rule and for full years", () => {
    expect(liable({ start: d(2023, 8, 1), end: d(2023, 8, 1) }, 2023)).toBe(ratio(1, 366));
    expect(unwrap(fullYearFraction({ start: d(2020, 3, 1), end: d(2020, 3, 1) }, 2020)).toString()).toBe(ratio(1, 366));
    expect(liableFraction({ start: d(2023, 8, 2), end: d(2023, 8, 1) }, 2023).ok).toBe(false);
  });
});

describe("the categories' table, loaded inside the test (mutation testing, issue #30)", () => {
  it("every name in either language is its category, and the three exempt ones leave the school nothing to pay", async () => {
    const placement = await fresh(() => import("../../src/core/placement"));
    const names: [string, string][] = [
      ["anbragt", "placedInCare"],
      ["placed", "placedInCare"],
      ["10. klasse", "tenthGrade"],
      ["10th grade", "tenthGrade"],
      ["vidtgående", "extensive"],
      ["extensive", "extensive"],
      ["tilflytter", "moverIn"],
      ["mover-in", "moverIn"],
    ];
    expect(names.map(([name]) => unwrap(placement.parseCategory(name)))).toEqual(names.map(([, category]) => category));
    const r = placement.parseCategory("x");
    expect(r.ok ? null : r.failure.message.en).toBe(messages.unknownCategory("x", ["anbragt", "10. klasse", "vidtgående", "tilflytter"], ["placed", "10th grade", "extensive", "mover-in"]).en);
    const share = (category: Parameters<typeof liableFraction>[2]) => unwrap(placement.liableFraction({ start: d(2023, 8, 1), end: OPEN }, 2023, category)).toString();
    expect((["normal", "placedInCare", "tenthGrade", "extensive"] as const).map(share)).toEqual(["1", "0", "0", "0"]);
  });
});
