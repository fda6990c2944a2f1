/**
 * The sample workbook (issue #5), generated from the seeds: the incentive model applied to DOMAIN.md's
 * pupil list, seed 000's Tabel 1 as an investment proposal, ISU01 as a prioritisation proposal, the
 * SkoleFleks pool and Ballerup's day-treatment table, every sheet computing with the add-in's
 * functions. `npm run make-sample` writes it to assets/Eksempel.xlsx, which is committed; a test
 * regenerates it and checks the committed file is current and evaluates without an error.
 */
import { DEFAULT_PROFILES } from "../src/core/profiles";
import { guessColumns, listSchools } from "../src/core/pupils";
import { cellAddress, columnName, qualified, rangeAddress } from "../src/core/address";
import { type CellInput, modelSheet, resultSheet, type SheetLayout } from "../src/sheets/layouts";
import { budgetSheet } from "../src/sheets/budget";
import { type TemplateLayout, templateLayout } from "../src/sheets/templates";
import { BALLERUP, HEADERS, ISU01, PUPILS, pupilRows, TABEL_1 } from "./seeds";

export const SAMPLE_FILE = "assets/Eksempel.xlsx";
const SCHOOL_YEAR = 2023;
const DATE = "dd-mm-yyyy";
/** The sample's amount devolved to its three schools (kr.): a round figure below what they pay, so the calibrated cap is an answer. */
export const SAMPLE_DEVOLVED = 1000000;

export const SAMPLE_SHEETS = {
  readMe: "Læs mig",
  pupils: "Elevliste",
  result: "Resultat",
  budget: "Skolernes budget",
  investment: "Investeringsforslag",
  prioritisation: "Prioriteringsforslag",
  skolefleks: "SkoleFleks",
  dayTreatment: "Dagbehandling",
  keyFigures: "Nøgletal",
} as const;

/**
 * DOMAIN.md's pupil list as an Excel table "Elevliste" (what the pane offers first), with each pupil's
 * full-year persons in the school year beside it; the total stands below the table, a row apart, so
 * the table holds pupils only.
 */
function pupilList(): SheetLayout {
  const rows = PUPILS.length;
  const fte = (r: number) => `=FULLYEAR(D${r},E${r},${SCHOOL_YEAR},TRUE)`;
  const totalRow = rows + 3;
  return {
    sheet: SAMPLE_SHEETS.pupils,
    cells: [
      [...HEADERS, `Helårspersoner ${SCHOOL_YEAR}/${(SCHOOL_YEAR + 1) % 100}`],
      ...pupilRows(PUPILS).map((row, i) => [...row, fte(i + 2)]),
      [],
      ["Helårspersoner i alt", null, null, null, null, null, null, `=SUM(H2:H${rows + 1})`],
    ],
    names: [],
    numberFormats: [
      { address: `C2:C${rows + 1}`, format: "#,##0" },
      { address: `D2:E${rows + 1}`, format: DATE },
      { address: `G2:G${rows + 1}`, format: DATE },
      { address: `H2:H${rows + 1}`, format: "0.00" },
      { address: `H${totalRow}`, format: "0.00" },
    ],
    bold: [`A${totalRow}:H${totalRow}`],
    table: { name: SAMPLE_SHEETS.pupils, address: `A1:H${rows + 1}` },
  };
}

/** The front sheet: what each sheet shows, and that the functions need the add-in. */
function readMe(): SheetLayout {
  const cells: CellInput[][] = [
    ["Specialøkonomi: eksempel"],
    ["Denne projektmappe viser tilføjelsesprogrammet Specialøkonomi på tal fra de kommunale kildedokumenter."],
    [],
    ["Formlerne bruger tilføjelsesprogrammets funktioner (SEGREGERING.BETALING, TILBAGEBETALINGSTID, FORDEL …)."],
    ["Uden tilføjelsesprogrammet viser Excel #NAME? i de celler; tallene, der står i filen, er dem funktionerne gav, da den blev lavet."],
    ["Indlæs tilføjelsesprogrammet (se README), så regner cellerne igen."],
    [],
    ["Ark", "Hvad det viser"],
    [SAMPLE_SHEETS.pupils, "Elevlisten som Excel-tabellen \"Elevliste\": betalende skole, årlig udgift, start og slut, kategori; helårspersoner 2023/24 (HELÅRSPERSONER). Tabellen er den, opgaven Incitamentsmodel i opgaveruden tilbyder først."],
    ["Incitamentsmodel", "Modellens profiler (Hedensted 2022/23 og forslaget maks. 180.000), den valgte model og skoleåret i C5 og C6."],
    [SAMPLE_SHEETS.result, "Modellen anvendt på elevlisten: pr. elev andel af skoleåret, skolens og forvaltningens betaling; pr. skole summen."],
    [SAMPLE_SHEETS.budget, "Skolernes budget efter modellen: 1 mio. kr. udlagt efter en nøgle (FORDEL), sikkerhedsnettet, betalingen og netto pr. skole; loftet hvor skolerne betaler det udlagte (SEGREGERING.KALIBRER)."],
    [SAMPLE_SHEETS.investment, "Investeringsforslagets Tabel 1 (Københavns forslag, kilde 000): tilbagebetalingstid 6 år."],
    [SAMPLE_SHEETS.prioritisation, "Prioriteringsforslag ISU01 (kilde 002): nettoændring 300 / -300 / -600 / -600."],
    [SAMPLE_SHEETS.skolefleks, "SkoleFleks-puljen (Ballerup, kilde 004): 25 elever × 200.000 kr. = 5 mio. kr., fordelt 2,5 + 2,5 med FORDEL."],
    [SAMPLE_SHEETS.dayTreatment, "Ballerups dagbehandling 2014-2020 pr. skoledistrikt med SUMKONTROL, der tåler visningens afrunding."],
    [SAMPLE_SHEETS.keyFigures, "Nøgletal: taksten ved Hedensteds eksempler, ISU01's tilbagebetalingstid, Tabel 1 omregnet til 2022 p/l med eksempeltal for indekset."],
  ];
  return { sheet: SAMPLE_SHEETS.readMe, cells, names: [], numberFormats: [], bold: ["A1", "A8:B8"] };
}

/**
 * Key figures across the other sheets: the tariff rule at Hedensted's worked examples (through the
 * model sheet's names, so a profile change shows here), ISU01's payback, and Tabel 1's total economy
 * converted from 2023 to 2022 prices with an index table whose figures are examples to replace.
 */
function keyFigures(investment: TemplateLayout, prioritisation: TemplateLayout): SheetLayout {
  const model = `Model_Tærskel,Model_Loft,Model_Skoleandel`;
  const row = (layout: TemplateLayout, anchor: string, columns: number) => {
    const a = layout.anchors[anchor];
    return qualified(layout.sheet, rangeAddress(a.row, a.column, 1, columns));
  };
  const tabel1 = row(investment, "total", TABEL_1.years.length);
  const isu01 = row(prioritisation, "net", ISU01.years.length);
  const cellOf = (layout: TemplateLayout, anchor: string, i: number) => {
    const a = layout.anchors[anchor];
    return qualified(layout.sheet, cellAddress(a.row, a.column + i));
  };
  const cells: CellInput[][] = [
    ["Incitamentsmodellen ved Hedensteds eksempler (kr.)"],
    ["Årlig udgift", "Skolens betaling", "Forvaltningens betaling"],
    ...[200000, 280000, 400000].map((cost, i) => [cost, `=SEGREGATION.PAYMENT(A${i + 3},${model})`, `=SEGREGATION.CENTRAL(A${i + 3},${model})`]),
    [],
    ["Prioriteringsforslag ISU01: nettoændring (1.000 kr. 2022-priser)", ...ISU01.years],
    ["Samlet ændring (netto)", ...ISU01.years.map((_y, i) => `=${cellOf(prioritisation, "net", i)}`)],
    ["Tilbagebetalingstid (år)", `=PAYBACK(${isu01})`],
    ["Tilbagebetalingstid, diskonteret 3,5 % (år)", `=PAYBACK.DISCOUNTED(${isu01},0.035)`],
    [],
    ["Investeringsforslag, Tabel 1: samlet økonomisk påvirkning", ...TABEL_1.years],
    ["1.000 kr. som i Investeringsforslag", ...TABEL_1.years.map((_y, i) => `=${cellOf(investment, "total", i)}`)],
    ["Omregnet til 2022 p/l", ...TABEL_1.years.map((_y, i) => `=PRICELEVEL(${columnName(i + 1)}13,2023,2022,$A$18:$B$20)`)],
    ["Tilbagebetalingstid (år)", `=PAYBACK(${tabel1})`, "Interpoleret", `=PAYBACK(${tabel1},TRUE)`, "Nutidsværdi, Finansministeriets renter", `=PRESENTVALUE(${tabel1})`],
    [],
    ["Prisindeks: eksempeltal, erstat med KL's pris- og lønskøn"],
    ["År", "Indeks"],
    [2022, 104.2],
    [2023, 108.5],
  ];
  return {
    sheet: SAMPLE_SHEETS.keyFigures,
    cells,
    names: [],
    numberFormats: [
      { address: "A3:C5", format: "#,##0.00" },
      { address: "B8:E8", format: "#,##0;-#,##0" },
      { address: "B13:G14", format: "#,##0;-#,##0" },
      { address: "B19:B20", format: "0.0" },
    ],
    bold: ["A1", "A2:C2", "A7:E7", "A12:G12", "A17", "A18:B18"],
  };
}

/**
 * Ballerup's day treatment per school district (seed 004): full-year persons and amounts 2014-2020,
 * the totals as the document prints them, SUMCHECK rows that accept the displayed rounding (30,3
 * shown against 30,4 in 2014), and the cost per full-year person.
 */
function dayTreatment(): SheetLayout {
  const years = BALLERUP.years.length;
  const last = columnName(years); // H
  const n = BALLERUP.districts.length;
  const fteFirst = 3; // Excel row of the first district
  const fteTotal = fteFirst + n; // 9
  const amountHeader = fteTotal + 3; // 12
  const amountFirst = amountHeader + 1; // 13
  const amountTotal = amountFirst + n; // 19
  const perYear = (formula: (column: string) => string): CellInput[] => BALLERUP.years.map((_y, i) => formula(columnName(i + 1)));
  const cells: CellInput[][] = [
    ["Dagbehandling pr. skoledistrikt: helårspersoner", ...BALLERUP.years],
    ["Skoledistrikt"],
    ...BALLERUP.districts.map((d) => [d.name, ...d.fte]),
    ["I alt", ...BALLERUP.totalFte],
    ["Summen stemmer (1 decimal)", ...perYear((c) => `=SUMCHECK(${c}${fteFirst}:${c}${fteTotal - 1},${c}${fteTotal},1)`)],
    [],
    ["Dagbehandling pr. skoledistrikt: kr., løbende priser", ...BALLERUP.years],
    ...BALLERUP.districts.map((d) => [d.name, ...d.amount]),
    ["I alt", ...BALLERUP.totalAmount],
    ["Summen stemmer (hele kroner)", ...perYear((c) => `=SUMCHECK(${c}${amountFirst}:${c}${amountTotal - 1},${c}${amountTotal},0)`)],
    ["Kr. pr. helårsperson", ...perYear((c) => `=ROUND(${c}${amountTotal}/${c}${fteTotal},0)`)],
  ];
  return {
    sheet: SAMPLE_SHEETS.dayTreatment,
    cells,
    names: [],
    numberFormats: [
      { address: `B${fteFirst}:${last}${fteTotal}`, format: "#,##0.0" },
      // The districts are printed in whole kroner; so is the total here, so the check allows their rounding.
      { address: `B${amountFirst}:${last}${amountTotal}`, format: "#,##0" },
      { address: `B${amountTotal + 2}:${last}${amountTotal + 2}`, format: "#,##0" },
    ],
    bold: [`A1:${last}1`, `A${fteTotal}:${last}${fteTotal}`, `A${amountHeader}:${last}${amountHeader}`, `A${amountTotal}:${last}${amountTotal}`],
  };
}

/** The sheets of the sample workbook, in order. */
export function sampleWorkbook(): SheetLayout[] {
  // The list is the Excel table "Elevliste", as the pane reads it: the result sheet refers to its columns by name.
  const list = { sheet: SAMPLE_SHEETS.pupils, headerRow: 0, firstColumn: 0, rows: PUPILS.length, table: { name: SAMPLE_SHEETS.pupils, headers: HEADERS } };
  const schools = listSchools(pupilRows(PUPILS), guessColumns(HEADERS)).map((school) => school.name);
  const investment = templateLayout("investment", SAMPLE_SHEETS.investment, {
    firstYear: TABEL_1.years[0],
    years: TABEL_1.years.length,
    priceYear: 2023,
    filled: true,
  });
  const prioritisation = templateLayout("prioritisation", SAMPLE_SHEETS.prioritisation, {
    firstYear: ISU01.years[0],
    years: ISU01.years.length,
    priceYear: 2022,
    filled: true,
  });
  return [
    readMe(),
    pupilList(),
    modelSheet(DEFAULT_PROFILES, SCHOOL_YEAR),
    // Written for the model and school year the sample states (constants, as the pane pins them), undated.
    resultSheet(SAMPLE_SHEETS.result, list, guessColumns(HEADERS), schools, { serial: 0, shown: "" }, { profile: DEFAULT_PROFILES[0].name, schoolYear: SCHOOL_YEAR }),
    budgetSheet(SAMPLE_SHEETS.budget, SAMPLE_SHEETS.result, PUPILS.length, schools, SAMPLE_DEVOLVED),
    investment,
    prioritisation,
    templateLayout("skolefleks", SAMPLE_SHEETS.skolefleks, { firstYear: 2024, years: 1, priceYear: 2024, filled: true }),
    dayTreatment(),
    keyFigures(investment, prioritisation),
  ];
}
