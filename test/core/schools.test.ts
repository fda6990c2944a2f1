import { checkPupils, guessColumns, schoolNotices } from "../../src/core/pupils";
import { excelTrim, schoolCount, schoolFormula, schoolNameFormula, schoolOf, schoolsOf, schoolSum } from "../../src/core/schools";
import { serialOf } from "../../src/core/dates";
import { calculate } from "../../tools/engine";
import { sourceCalculator } from "../../tools/sourceFunctions";
import { fresh } from "../support/mutation";

sourceCalculator();

const HEADERS = ["Elev", "Betalende skole", "Årlig udgift", "Startdato"];
const MAPPING = guessColumns(HEADERS);
/** A value as a sheet holds it once typed: numeric text is a number (Excel, HyperFormula, the in-memory Excel). */
const typed = (v: unknown): unknown => (typeof v === "string" && /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : v);
const row = (school: unknown) => ["Elev", school, 280000, serialOf(2023, 8, 1)];

describe("one school identity", () => {
  describe("what a cell of the paying-school column is", () => {
    it.each([
      ["Hedensted Skole", "Hedensted Skole"],
      ["Hedensted Skole ", "Hedensted Skole"],
      ["  Hedensted   Skole  ", "Hedensted Skole"],
      ["hedensted skole", "hedensted skole"],
      [101, "101"],
      ["101", "101"],
      [-7, "-7"],
      ["Skole*Nord", "Skole*Nord"],
      ["<Vest", "<Vest"],
      ["a\u00a0b", "a\u00a0b"], // TRIM leaves the no-break space
      ["\tTab", "\tTab"], // and tabs
    ])("%p is the school %p", (value, name) => {
      expect(schoolOf(value)).toEqual({ kind: "school", name, key: name.toLocaleLowerCase("da-DK") });
    });

    it.each([[null], [""], ["   "], [0], [undefined]])("%p is blank", (value) => {
      expect(schoolOf(value)).toEqual({ kind: "blank" });
    });

    it.each([
      [101.5, "notWhole"],
      [1e15, "notWhole"],
      [true, "logical"],
      ["#N/A", "error"],
      ["#BUSY!", "error"],
      [{ code: "#REF!" }, "error"],
      ["x".repeat(256), "tooLong"],
    ])("%p cannot be a school (%s)", (value, reason) => {
      expect(schoolOf(value)).toEqual({ kind: "invalid", reason });
    });

    it("Hedensted Skole, with a trailing space, in lower case and with a double space is one school, shown as first written", () => {
      const schools = schoolsOf(["Hedensted Skole", "Hedensted Skole ", "hedensted skole", "Hedensted  Skole", "Rask Mølle Skole"]);
      expect(schools.map((s) => [s.name, s.spellings, s.rows])).toEqual([
        ["Hedensted Skole", ["Hedensted Skole", "Hedensted Skole ", "hedensted skole", "Hedensted  Skole"], [0, 1, 2, 3]],
        ["Rask Mølle Skole", ["Rask Mølle Skole"], [4]],
      ]);
    });

    it("the merged school takes the spelling most of its rows write, not a first-written typo (issue 27, observation 7)", () => {
      const schools = schoolsOf(["Løsning skole", "Løsning Skole", "Rask Mølle Skole", "Løsning Skole ", "Løsning Skole"]);
      expect(schools.map((s) => [s.name, s.rows])).toEqual([
        ["Løsning Skole", [0, 1, 3, 4]],
        ["Rask Mølle Skole", [2]],
      ]);
      // As many rows each way: the first written.
      expect(schoolsOf(["Løsning skole", "Løsning Skole"])[0].name).toBe("Løsning skole");
    });

    it("a school code typed as a number and as text is one school", () => {
      expect(schoolsOf([101, "101", " 101"]).map((s) => [s.name, s.rows])).toEqual([["101", [0, 1, 2]]]);
    });

    it("at the edges: codes below 10^15 either side, 255 characters, an error value's text inside a name", () => {
      expect([999999999999999, -999999999999999, -1e15, 1e15 + 2].map((v) => schoolOf(v).kind)).toEqual(["school", "school", "invalid", "invalid"]);
      expect(schoolOf("x".repeat(255)).kind).toBe("school");
      expect(schoolOf(" ".repeat(3) + "x".repeat(255) + " ").kind).toBe("school");
      expect(["#N/A skole", "Skole #N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#GETTING_DATA", "#NULL!x"].map((v) => schoolOf(v).kind)).toEqual(["school", "school", "invalid", "invalid", "invalid", "invalid", "school"]);
    });

    it("every error value Excel hands over, and only the whole text of one (the pattern as the module loads it)", async () => {
      const { schoolOf: of } = await fresh(() => import("../../src/core/schools"));
      const errors = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#BUSY!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!"];
      expect(errors.map((v) => of(v))).toEqual(errors.map(() => ({ kind: "invalid", reason: "error" })));
      expect(["#N/A skole", "Skole #N/A", "x#REF!", "#NULL!x", "#NAME"].map((v) => of(v).kind)).toEqual(["school", "school", "school", "school", "school"]);
      expect(schoolOf(Symbol("s") as unknown)).toEqual({ kind: "invalid", reason: "error" });
      expect(schoolOf("ÆBLEHAVE Skole")).toEqual({ kind: "school", name: "ÆBLEHAVE Skole", key: "æblehave skole" });
    });

    it("Excel's TRIM: spaces only, ends removed, runs inside collapsed", () => {
      expect(["a ", " a", "a  ", "  a", " ", ""].map(excelTrim)).toEqual(["a", "a", "a", "a", "", ""]);
      expect(excelTrim("  a  b   c ")).toBe("a b c");
      expect(excelTrim("\u00a0a\u00a0")).toBe("\u00a0a\u00a0");
    });
  });

  describe("the sheet's formulas mirror it exactly (evaluated in a formula engine)", () => {
    // What SUMIFS would get wrong: "Skole*" would also take "SkoleX", "Nord?" "Nordy", "<Vest" every name
    // before "Vest", ">Øst" every name after "Øst", "0101" and "1e2" the numbers 101 and 100.
    const awkward: unknown[] = [
      "Hedensted Skole",
      "Hedensted Skole ",
      "hedensted  skole",
      " HEDENSTED SKOLE",
      101,
      "101",
      "0101",
      "1e2",
      100,
      "Skole*",
      "SkoleX",
      "Nord?",
      "Nordy",
      "A~BC",
      "<Vest",
      ">Øst",
      "Østre",
      "a\u00a0b",
      "a b",
      "Æblehaven",
      "æblehaven",
      "Åparken",
    ];

    it("TRIM(\"\"&cell) gives each cell's school name", () => {
      const sheet = awkward.map((v, r) => [v, `=${schoolFormula(`A${r + 1}`)}`]);
      const values = calculate({ S: sheet }).S;
      awkward.forEach((v, r) => expect([v, values[r][1]]).toEqual([v, (schoolOf(typed(v)) as { name: string }).name]));
    });

    it("each school's SUMPRODUCT counts exactly the rows the core gives it: no wildcards, comparisons or numbers", () => {
      // A list that passes the check (a no-break space beside a space is blocked: see below).
      const list = awkward.filter((v) => v !== "a\u00a0b");
      expect(checkPupils(list.map(typed).map(row), MAPPING)).toEqual([]);
      // Schools as the result sheet writes them (column B), a 1 per row (column C), each school's name and count (E:F).
      const schools = schoolsOf(list.map(typed));
      const n = list.length;
      const sheet: unknown[][] = list.map((v, r) => [v, `=${schoolFormula(`A${r + 1}`)}`, 1]);
      schools.forEach((school, k) => {
        const target = sheet[k] ?? (sheet[k] = []);
        while (target.length < 4) target.push(null);
        target.push(schoolNameFormula(school.name), `=${schoolSum(`$B$1:$B$${n}`, `E${k + 1}`, `$C$1:$C$${n}`)}`, `=${schoolCount(`$B$1:$B$${n}`, `E${k + 1}`)}`);
      });
      const values = calculate({ S: sheet }).S;
      schools.forEach((school, k) => expect([values[k][4], values[k][5], values[k][6]]).toEqual([school.name, school.rows.length, school.rows.length]));
      expect(schools.reduce((s, x) => s + x.rows.length, 0)).toBe(n);
    });

    it("a name that looks like a formula, a number or a date stays text in the summary", () => {
      const names = ["=SUM(1)", "101", "2023-08-01", 'Skolen "Nord"'];
      const values = calculate({ S: names.map((name) => [schoolNameFormula(name)]) }).S;
      expect(values.map((r) => r[0])).toEqual(names);
    });

    it("a text longer than one constant may be (255 characters) is several, and reads back whole", () => {
      const long = `${"Elev ".repeat(60)}"citat"${"x".repeat(300)}`;
      const formula = schoolNameFormula(long);
      expect(Math.max(...[...formula.matchAll(/"([^"]*)"/g)].map((m) => m[1].length))).toBeLessThanOrEqual(255);
      expect(calculate({ S: [[formula]] }).S[0][0]).toBe(long);
      expect(schoolNameFormula("")).toBe('=""');
      // Exactly 255 and 510 characters: one and two whole constants, no empty one after them.
      expect(schoolNameFormula("x".repeat(255))).toBe(`="${"x".repeat(255)}"`);
      expect(schoolNameFormula("y".repeat(510))).toBe(`="${"y".repeat(255)}"&"${"y".repeat(255)}"`);
    });
  });

  describe("in the problem check", () => {
    it("spellings Excel counts as one school are a notice, not a problem", () => {
      const rows = [row("Hedensted Skole"), row("Hedensted Skole "), row("hedensted  skole")];
      expect(checkPupils(rows, MAPPING)).toEqual([]);
      const [notice] = schoolNotices(rows, MAPPING);
      expect(notice.da).toBe('"Hedensted Skole", "Hedensted Skole ", "hedensted  skole" er regnet som én skole, "Hedensted Skole" (store og små bogstaver og mellemrum skelnes ikke)');
    });

    it("spellings Excel counts as two schools, or may count as one, block applying: punctuation, a no-break space, accents, aa/å", () => {
      const rows = [row("Hedensted Skole"), row("Hedensted-Skole"), row("Hedensted\u00a0Skole"), row("Aabenraa Skole"), row("Åbenrå Skole"), row("René"), row("Rene")];
      const problems = checkPupils(rows, MAPPING);
      expect(problems.map((p) => [p.kind, p.at])).toEqual([
        ["schoolSpelling", { row: 2, column: 2 }],
        ["schoolSpelling", { row: 5, column: 2 }],
        ["schoolSpelling", { row: 7, column: 2 }],
      ]);
      expect(problems[0].message.en).toContain('"Hedensted Skole", "Hedensted-Skole", "Hedensted\u00a0Skole"');
    });

    it("a numeric school code is a school; a fraction, TRUE or an error value is a problem naming the cell", () => {
      const problems = checkPupils([row(101), row(101.5), row(true), row("#N/A")], MAPPING);
      expect(problems.map((p) => [p.kind, p.at?.row])).toEqual([
        ["schoolNotName", 2],
        ["schoolNotName", 3],
        ["schoolNotName", 4],
      ]);
      expect(problems[0].message.da).toBe("Skolen i række 2, kolonne 2 er tallet 101,5; en skolekode skal være et helt tal");
    });
  });
});
