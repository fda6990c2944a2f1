import { FUNCTIONS } from "../../src/functions/defs";
import { metadata as functionsMetadata } from "../../src/functions/metadata";
import { builtinNames, EXCEL_BUILTINS } from "../support/excelBuiltins";

const metadata = functionsMetadata("en");
const danish = functionsMetadata("da");
const builtins = builtinNames();
const both = [...metadata.functions.map((f) => f.name), ...danish.functions.map((f) => f.name)];

describe("the functions in Danish (functions-da.json)", () => {
  it("every function and every parameter has a Danish name and description", () => {
    const blank = FUNCTIONS.flatMap((fn) => [
      ...(fn.da.name.trim() === "" || fn.da.description.trim() === "" ? [fn.id] : []),
      ...fn.parameters.filter((p) => p.da.name.trim() === "" || p.da.description.trim() === "").map((p) => `${fn.id}(${p.name})`),
    ]);
    expect(blank).toEqual([]);
  });

  it("keeps ids, parameter order, optionality and types; changes only names, texts and the help page's language", () => {
    danish.functions.forEach((fn, i) => {
      const en = metadata.functions[i];
      expect(fn.id).toBe(en.id);
      expect(fn.parameters.map(({ name: _n, description: _d, ...rest }) => rest)).toEqual(
        en.parameters.map(({ name: _n, description: _d, ...rest }) => rest),
      );
      expect(fn.helpUrl).toBe(en.helpUrl.replace("/help/en/", "/help/da/"));
      expect(fn.helpUrl).toMatch(/\/help\/da\/[a-z-]+\.html$/);
    });
  });

  it("names the family a finance officer would guess: SEGREGERING.*, TILBAGEBETALINGSTID", () => {
    const names = Object.fromEntries(danish.functions.map((f) => [f.id, f.name]));
    expect(names).toEqual({
      "SEGREGATION.PAYMENT": "SEGREGERING.BETALING",
      "SEGREGATION.CENTRAL": "SEGREGERING.FORVALTNING",
      "SEGREGATION.LIABLE": "SEGREGERING.BETALINGSPLIGT",
      "SEGREGATION.TOTAL": "SEGREGERING.SAMLET",
      "SEGREGATION.CALIBRATE": "SEGREGERING.KALIBRER",
      PAYBACK: "TILBAGEBETALINGSTID",
      "PAYBACK.DISCOUNTED": "TILBAGEBETALINGSTID.DISKONTERET",
      PRESENTVALUE: "NUTIDSVÆRDI.STAT",
      PRICELEVEL: "PRISNIVEAU",
      FULLYEAR: "HELÅRSPERSONER",
      ALLOCATE: "FORDEL",
      SUMCHECK: "SUMKONTROL",
    });
  });

  it("every name keeps Excel's rules: upper case, a letter first, at least 3 characters, letters, periods and underscores", () => {
    for (const name of both) expect({ name, ok: /^\p{Lu}[\p{Lu}._]{2,}$/u.test(name) }).toEqual({ name, ok: true });
  });

  it("no name in either language is used twice, across both languages", () => {
    expect(new Set(both.map((n) => n.toUpperCase())).size).toBe(both.length);
  });

  it("no parameter name is used twice within a function, in either language", () => {
    for (const fn of [...metadata.functions, ...danish.functions]) {
      const names = fn.parameters.map((p) => p.name.toLowerCase());
      expect({ fn: fn.name, unique: new Set(names).size === names.length }).toEqual({ fn: fn.name, unique: true });
    }
  });

  it("the list of Excel's built-in names is the list it should be: NPV is NUTIDSVÆRDI, VLOOKUP LOPSLAG, XLOOKUP and LET are in", () => {
    expect(EXCEL_BUILTINS.NPV).toBe("NUTIDSVÆRDI");
    expect(EXCEL_BUILTINS.VLOOKUP).toBe("LOPSLAG");
    expect(builtins.has("XLOOKUP")).toBe(true);
    expect(builtins.has("LET")).toBe(true);
    expect(builtins.has("MIDDEL.HVISER")).toBe(true);
    expect(builtins.size).toBeGreaterThan(700);
  });

  it("no name in either language equals an Excel built-in name in English or Danish", () => {
    const clashes = both.filter((n) => builtins.has(n.toUpperCase()));
    expect(clashes).toEqual([]);
  });

  it("the collision check would catch a clash", () => {
    expect(["NUTIDSVÆRDI", "npv", "SUM.HVISER"].filter((n) => builtins.has(n.toUpperCase()))).toHaveLength(3);
  });
});
