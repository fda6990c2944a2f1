/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { functionDef } from "../../src/functions/defs";
import { workbookGateway } from "../../src/office/gateway";
import { uiLanguage } from "../../src/office/host";
import { App } from "../../src/taskpane/App";
import { currentSchoolYear, formatAmount, formatKroner, parseAmount } from "../../src/taskpane/format";
import { danishFormula } from "../../src/functions/formula";
import { CONTRACT } from "../support/contract";
import { fakeContext, FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { PUPILS, pupilRows } from "../../tools/seeds";
import { pupilBook } from "../../tools/dev/pupilList";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { ENGLISH_EXCEL, type ExcelHost } from "../../src/office/host";
import { asHost, ENGLISH_NAME, type HostMode, ourFormulaCells } from "../../tools/dev/hostExcel";
import { modelSheet, readProfiles } from "../../src/sheets/layouts";
import { calibrate, pupilsOfResults } from "../../src/core/budget";
import { Dec } from "../../src/core/decimal";
import { guessColumns, pupilResults } from "../../src/core/pupils";
import { unwrap } from "../../src/core/result";
import { incentiveModel } from "../../src/core/segregation";
import { HEADERS } from "../../tools/seeds";


// jsdom does no layout and has no ResizeObserver, which Fluent's MessageBar asks for; a browser has one.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

const book = pupilBook;

/** The host as Office.js would describe it, for the self-test. */
const ABOUT = {
  host: "Excel",
  platform: "PC",
  version: "16.0.19000.20000",
  displayLanguage: "da-DK",
  requirements: { "ExcelApi 1.4": true, "ExcelApi 1.9": true, "CustomFunctionsRuntime 1.2": true },
};

function renderApp(
  language: "da" | "en",
  data: FakeWorkbookData | null,
  initialTab: "model" | "templates" | "check" | "functions" = "model",
  host: ExcelHost = ENGLISH_EXCEL,
) {
  const gateway = data === null ? null : workbookGateway((work) => work(fakeContext(data)), host);
  return render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} gateway={gateway} schoolYear={2023} initialTab={initialTab} about={data === null ? undefined : ABOUT} />
    </FluentProvider>,
  );
}

/** A button that does nothing yet: disabled, or (still focusable, with its reason) aria-disabled. */
function unavailable(button: HTMLElement): boolean {
  return (button as HTMLButtonElement).disabled || button.getAttribute("aria-disabled") === "true";
}

/** Clicks "Hent tabellen" once the tables are listed, and waits for `expected` (null: for nothing). */
async function readTheList(expected: string | null = "7 elever fra arket Elever."): Promise<void> {
  const read = await screen.findByRole("button", { name: "Hent tabellen" });
  await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(read);
  if (expected !== null) await screen.findByText(expected);
}

describe("the pane's header", () => {
  it("links the Danish user guide, opened beside the pane (issue 27)", () => {
    renderApp("da", book(), "functions");
    const link = screen.getByRole("link", { name: "Brugervejledning" });
    expect([link.getAttribute("href"), link.getAttribute("target")]).toEqual(["help/da/brugervejledning.html", "_blank"]);
  });
});

describe("the functions tab", () => {
  it("names the product in Danish and lists every function by its Danish name, with its example and help page", async () => {
    renderApp("da", book(), "functions");
    expect(screen.getByRole("heading", { level: 1, name: "Specialøkonomi" })).toBeTruthy();
    const list = await screen.findByRole("list", { name: "Funktioner" }); // the tab's code is fetched on first use
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => within(item).getByRole("heading", { level: 3 }).textContent)).toEqual(
      Object.keys(CONTRACT).map((id) => functionDef(id)!.da.name),
    );
    expect(within(items[0]).getByText(/Skolens andel/)).toBeTruthy();
    expect(within(items[0]).getByText("SEGREGERING.BETALING(udgift; [tærskel]; [loft]; [skoleandel])")).toBeTruthy();
    expect(within(items[5]).getByText("=TILBAGEBETALINGSTID(B2:G2)")).toBeTruthy();
    expect(within(items[2]).getByText("=SEGREGERING.BETALINGSPLIGT(B1; B2; 2023)")).toBeTruthy();
    expect(within(items[0]).getByText(/272\.497,50 kr\./)).toBeTruthy();
    const help = within(items[5]).getByRole("link", { name: "Hjælp til TILBAGEBETALINGSTID (åbner i et nyt vindue)" });
    expect(help.getAttribute("href")).toBe("help/da/payback.html");
  });

  it("speaks English when Office does not speak Danish", async () => {
    renderApp("en", book(), "functions");
    expect(screen.getByRole("heading", { level: 1, name: "Special Education Economics" })).toBeTruthy();
    expect(await screen.findByRole("list", { name: "Functions" })).toBeTruthy();
    expect(screen.getByText("=PAYBACK.DISCOUNTED(B2:G2, 0.035)")).toBeTruthy();
    expect(screen.getByText("SEGREGATION.LIABLE(start, end, schoolYear, [category], [arrival], [basis])")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Help on PAYBACK (opens in a new window)" }).getAttribute("href")).toBe("help/en/payback.html");
  });

  it("says so when opened outside Excel", () => {
    renderApp("da", null);
    expect(screen.getByText(/uden for Excel/)).toBeTruthy();
  });
});

describe("the incentive model at work on a pupil list", () => {
  it("reads the table, guesses the columns, finds no problems, applies the model and sums per school", async () => {
    const data = book();
    renderApp("da", data);
    await readTheList();
    expect(screen.getByText("Ingen problemer fundet i listen.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet/);
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever", "Incitamentsmodel", "Resultat 2023-24"]);
    const summary = await screen.findByRole("table", { name: "Pr. skole" }); // fetched on first use
    const hedensted = within(summary).getByRole("row", { name: /Hedensted Skole/ });
    expect(within(hedensted).getByText("472.497,50")).toBeTruthy();
    expect(within(summary).getByRole("columnheader", { name: "Skolen betaler (kr.)" })).toBeTruthy();
  });

  it("sums with the model as the sheet holds it, edits made in the sheet included", async () => {
    const data = book();
    renderApp("da", data);
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet/);
    data.put("Incitamentsmodel", "D7", [[100000]]); // the user lowers Hedensted's threshold in the sheet
    data.put("Incitamentsmodel", "D8", [[100000]]); // and its cap
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    fireEvent.click(within(dialog).getByRole("button", { name: "Skriv i Resultat 2023-24 (2)", hidden: true }));
    await screen.findByText(/Arket Resultat 2023-24 \(2\) er skrevet/);
    const hedensted = within(await screen.findByRole("table", { name: "Pr. skole" })).getByRole("row", { name: /Hedensted Skole/ });
    expect(within(hedensted).getByText("200.000,00")).toBeTruthy(); // two paying pupils at the new cap of 100.000; the column shows øre throughout
  });

  it("asks before using a sheet name that exists, and writes under the free name when told", async () => {
    const data = book();
    data.put("Resultat 2023-24", "A1", [["Mine egne tal"]]);
    renderApp("da", data);
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    // jsdom never finishes Fluent's open transition, so the dialog stays aria-hidden here; Chromium's test sees it whole.
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText(/Der er allerede et ark, der hedder Resultat 2023-24/)).toBeTruthy();
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever", "Resultat 2023-24"]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Skriv i Resultat 2023-24 (2)", hidden: true }));
    await screen.findByText(/Arket Resultat 2023-24 \(2\) er skrevet/);
    expect(data.toSheets()["Resultat 2023-24"]).toEqual([["Mine egne tal"]]);
  });

  it("lists the problems before anything is written, with a click that selects the cell", async () => {
    const rows = pupilRows(PUPILS);
    rows[1][2] = "280.000 kr.";
    const data = book(rows);
    renderApp("da", data);
    await readTheList(null);
    await screen.findByText("1 problem i listen", { selector: "[role=heading]" });
    expect(screen.getByText(/Udgiften i celle C3 er teksten "280.000 kr."/)).toBeTruthy();
    expect(unavailable(screen.getByRole("button", { name: "Anvend modellen" }))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: /^Vis:/ }));
    await waitFor(() => expect(data.selected).toBe("Elever!C3"));
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever"]);
  });

  it("compares two models and shares the safety net once the model is applied", async () => {
    const data = book();
    renderApp("da", data);
    await readTheList();
    expect(unavailable(screen.getByRole("button", { name: "Sammenlign" }))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet/);
    fireEvent.click(screen.getByRole("button", { name: "Sammenlign" }));
    await screen.findByText(/^Sammenligningen står i arket Sammenligning 2023-24\. Læst tilbage: alle [\d.]+ tal på arket stemmer/);
    fireEvent.click(screen.getByRole("button", { name: "Fordel" }));
    await screen.findByText(/^Fordelingen står i arket Sikkerhedsnet 2023-24, præcist til kronen\. Læst tilbage/);
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever", "Incitamentsmodel", "Resultat 2023-24", "Sammenligning 2023-24", "Sikkerhedsnet 2023-24"]);
  });

  it("writes the schools' budget, finds the cap at which they pay what is devolved, saves it as a model and compares with it", async () => {
    const data = book();
    renderApp("da", data);
    await readTheList();
    expect(unavailable(screen.getByRole("button", { name: "Skriv budgettet" }))).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet/);
    // Starts from what the schools pay now (1.153.897,36 kr.), in whole thousands.
    const devolved = screen.getByRole("spinbutton", { name: "Udlagt til skolerne (kr.)" }) as HTMLInputElement;
    expect(devolved.value).toBe("1.153.000");
    fireEvent.click(screen.getByRole("button", { name: "Skriv budgettet" }));
    await screen.findByText(/^Budgettet står i arket Skolernes budget 2023-24\. Læst tilbage: alle [\d.]+ tal på arket stemmer med beregningen til øret/);
    const model = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    const pupils = pupilsOfResults(pupilResults(pupilRows(PUPILS), guessColumns(HEADERS), model, 2023));
    const cap = unwrap(calibrate(pupils, new Dec(1153000), "cap", model));
    const capText = formatAmount(cap.value, "da", 0);
    expect(screen.getByText(`Skolerne betaler det udlagte (1.153.000 kr.) med et loft på ${capText} kr. pr. elev (tærskel = loft): i alt ${formatAmount(cap.total, "da", 2)} kr.`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: `Gem som model: Loft ${capText}` }));
    await screen.findByText(`Modellen Loft ${capText} er gemt i arket Incitamentsmodel.`);
    const saved = readProfiles(data.toSheets()["Incitamentsmodel"] as unknown[][]).find((p) => p.name === `Loft ${capText}`);
    expect(saved).toMatchObject({ threshold: cap.value.toNumber(), cap: cap.value.toNumber(), schoolShare: 0.5 });
    // Compare today's model with the calibrated one.
    fireEvent.change(screen.getByRole("combobox", { name: "Model B" }), { target: { value: `Loft ${capText}` } });
    fireEvent.click(screen.getByRole("button", { name: "Sammenlign" }));
    await screen.findByText(/^Sammenligningen står i arket Sammenligning 2023-24\. Læst tilbage/);
    expect(data.sheets.filter((x) => x.visibility !== "VeryHidden").map((x) => x.name)).toEqual(["Elever", "Incitamentsmodel", "Resultat 2023-24", "Skolernes budget 2023-24", "Sammenligning 2023-24"]);
  }, 30000);

  it("sets model B beside the budget, calibrates the threshold to a typed target and saves it, and writes the sensitivity to the cap with the calibrated value marked", async () => {
    const data = book();
    renderApp("da", data);
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet/);
    // Model B: offered without the chosen model; its devolved amount starts at A's.
    const b = screen.getByRole("combobox", { name: "Sammenlign med model B" }) as HTMLSelectElement;
    expect(Array.from(b.options).map((o) => o.value)).toEqual(["", ...DEFAULT_PROFILES.slice(1).map((p) => p.name)]);
    fireEvent.change(b, { target: { value: DEFAULT_PROFILES[1].name } });
    expect((screen.getByRole("spinbutton", { name: "Udlagt under model B (kr.)" }) as HTMLInputElement).value).toBe("1.153.000");
    fireEvent.click(screen.getByRole("button", { name: "Skriv budgettet" }));
    await screen.findByText(/^Budgettet står i arket Skolernes budget 2023-24\. Læst tilbage: alle [\d.]+ tal på arket stemmer med beregningen til øret/);
    expect(data.sheet("Skolernes budget 2023-24")?.charts[0]).toMatchObject({ title: "Ændring i skolernes netto (B − A)" });

    // Kalibrér: the threshold, to 1.100.000 kr.
    fireEvent.change(screen.getByRole("combobox", { name: "Parameter at kalibrere" }), { target: { value: "threshold" } });
    const target = screen.getByRole("spinbutton", { name: "Mål: skolernes samlede betaling (kr.)" });
    fireEvent.change(target, { target: { value: "1100000" } });
    fireEvent.blur(target);
    fireEvent.click(screen.getByRole("button", { name: "Kalibrér" }));
    const model = unwrap(incentiveModel(DEFAULT_PROFILES[0].threshold, DEFAULT_PROFILES[0].cap, DEFAULT_PROFILES[0].schoolShare));
    const pupils = pupilsOfResults(pupilResults(pupilRows(PUPILS), guessColumns(HEADERS), model, 2023));
    const threshold = unwrap(calibrate(pupils, new Dec(1100000), "threshold", model));
    const shown = formatAmount(threshold.value, "da", 0);
    await screen.findByText(`Skolerne betaler højst målet (1.100.000 kr.) med en tærskel på ${shown} kr. (loft og andel som modellen): i alt ${formatAmount(threshold.total, "da", 2)} kr.`);
    fireEvent.click(screen.getByRole("button", { name: `Gem som model: Tærskel ${shown}` }));
    await screen.findByText(`Modellen Tærskel ${shown} er gemt i arket Incitamentsmodel.`);
    const saved = readProfiles(data.toSheets()["Incitamentsmodel"] as unknown[][]).find((p) => p.name === `Tærskel ${shown}`);
    expect(saved).toMatchObject({ threshold: threshold.value.toNumber(), cap: DEFAULT_PROFILES[0].cap, schoolShare: DEFAULT_PROFILES[0].schoolShare });

    // Følsomhed: the cap from 150.000 to 300.000 by 10.000 (the defaults): 16 points.
    const sensitivity = within(screen.getByRole("region", { name: "7. Følsomhed" }));
    expect(["Fra", "Til", "Trin"].map((name) => (sensitivity.getByRole("spinbutton", { name }) as HTMLInputElement).value)).toEqual(["150.000", "300.000", "10.000"]);
    fireEvent.click(sensitivity.getByRole("button", { name: "Skriv følsomheden" }));
    await screen.findByText(/^Følsomheden står i arket Følsomhed 2023-24\. Læst tilbage: alle [\d.]+ tal på arket stemmer med beregningen til øret/);
    expect(data.sheet("Følsomhed 2023-24")?.charts[0]).toMatchObject({ type: "LineMarkers" });

    // A range past the cap for the threshold is refused in words, and nothing is written.
    fireEvent.change(sensitivity.getByRole("combobox", { name: "Parameter at variere" }), { target: { value: "threshold" } });
    const to = sensitivity.getByRole("spinbutton", { name: "Til" });
    fireEvent.change(to, { target: { value: "400000" } });
    fireEvent.blur(to);
    fireEvent.click(sensitivity.getByRole("button", { name: "Skriv følsomheden" }));
    await screen.findByText(/^Vælg tærsklen fra 0 til 287\.077, til ≥ fra, et trin over 0 og højst 200 punkter/);
    expect(data.sheets.filter((x) => x.visibility !== "VeryHidden").map((x) => x.name)).toEqual(["Elever", "Incitamentsmodel", "Resultat 2023-24", "Skolernes budget 2023-24", "Følsomhed 2023-24"]);
  }, 30000);

  it("says what it read back: every figure tied out, and pupils in the list = counted on the sheet + with problems", async () => {
    renderApp("da", book());
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(
      "Arket Resultat 2023-24 er skrevet med formler, der følger listen og modellen. Læst tilbage: alle 57 tal på arket stemmer med beregningen til øret. 7 elever i listen = 7 talt på arket + 0 med problemer. Et skrevet ark kan ikke fortrydes med Ctrl+Z: slet arket for at fortryde.",
    );
  });

  it("tells, without blocking, that spellings differing in case and spaces are counted as one school", async () => {
    const rows = pupilRows(PUPILS).map((row, i) => (i === 1 ? [row[0], `${String(row[1]).toLowerCase()} `, ...row.slice(2)] : row));
    renderApp("da", book(rows));
    await readTheList();
    const notices = await screen.findByRole("list", { name: "Til orientering" });
    expect(within(notices).getByText('"Hedensted Skole", "hedensted skole " er regnet som én skole, "Hedensted Skole" (store og små bogstaver og mellemrum skelnes ikke)')).toBeTruthy();
    expect(screen.getByText("Ingen problemer fundet i listen.")).toBeTruthy();
  });

  it("starts from the model and school year the workbook's model sheet has chosen, and keeps them when applying", async () => {
    const data = book();
    data.put("Incitamentsmodel", "A1", modelSheet(DEFAULT_PROFILES, 2022, DEFAULT_PROFILES[1].name).cells as unknown[][]);
    renderApp("da", data);
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Model" }) as HTMLSelectElement).value).toBe(DEFAULT_PROFILES[1].name));
    expect((screen.getByRole("spinbutton", { name: "Skoleår (2023 = 2023/24)" }) as HTMLInputElement).value).toBe("2022");
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2022-23 er skrevet/);
    expect(data.toSheets().Incitamentsmodel.slice(4, 6).map((row) => row[2])).toEqual([DEFAULT_PROFILES[1].name, 2022]);
  });
});

describe.each(["en", "da"] as const)("the walk-through in %s Excel (issue #13)", (mode: HostMode) => {
  const host: ExcelHost = { ...ENGLISH_EXCEL, functionNames: mode };
  it("applies, compares, shares the safety net, inserts a template, converts a price level and checks; every formula of ours in the host's names, computing", async () => {
    const data = asHost(book(), mode);
    data.put("Tabel 1", "A1", [
      ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023],
      ["Færre elever", "Service", null, -420],
    ]);
    const view = renderApp("da", data, "model", host);
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet .* Læst tilbage/);
    fireEvent.click(screen.getByRole("button", { name: "Sammenlign" }));
    await screen.findByText(/^Sammenligningen står i arket Sammenligning 2023-24\. Læst tilbage/);
    fireEvent.click(screen.getByRole("button", { name: "Fordel" }));
    await screen.findByText(/^Fordelingen står i arket Sikkerhedsnet 2023-24/);
    view.unmount();

    renderApp("da", data, "templates", host);
    fireEvent.click(await screen.findByRole("checkbox", { name: "Udfyld med eksemplets tal fra kildedokumentet" }));
    fireEvent.click(screen.getByRole("button", { name: "Indsæt skabelonen" }));
    await screen.findByText("Skabelonen står i arket Investeringsforslag.");
    data.selected = "'Tabel 1'!A1:D2";
    fireEvent.click(screen.getByRole("button", { name: "Hent markeringen" }));
    await screen.findByText("Tabellen står i 2023 p/l.");
    fireEvent.click(screen.getByRole("button", { name: "Opret indekstabel" }));
    await screen.findByText(/Indekstabellen står i arket Prisindeks/);
    data.put("Prisindeks", "B2", [[101], [102], [104.2], [108.5], [110], [112]]);
    fireEvent.click(screen.getByRole("button", { name: "Omregn" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    fireEvent.click(within(dialog).getByRole("button", { name: "Omregn", hidden: true }));
    await screen.findByText(/tal er omregnet til 2022 p\/l\./);
    fireEvent.click(screen.getByRole("tab", { name: "Kontrol" }));
    fireEvent.click(await screen.findByRole("radio", { name: "Hele projektmappen" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontrollér" }));
    await screen.findByText(/^(Ingen fund i de \d+ ark\.|\d+ fund)$/);

    const cells = await ourFormulaCells(data);
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => c.value === "#NAME?" || (typeof c.value === "string" && c.value.startsWith("#") && c.value !== "#N/A"))).toEqual([]);
    // In Danish Excel every formula of ours holds its Danish name; in English Excel, its English one.
    expect(cells.filter((c) => ENGLISH_NAME.test(c.local) !== (mode === "en"))).toEqual([]);
    const converted = cells.find((c) => c.at === "Tabel 1!R2C4");
    expect(converted?.local).toBe(mode === "da" ? "=PRISNIVEAU(-420;2023;2022;Prisindeks)" : "=PRICELEVEL(-420,2023,2022,Prisindeks)");
    expect(converted?.value).toBeCloseTo((-420 * 104.2) / 108.5, 9);
  }, 60000);
});

describe("the self-test on the functions tab (issue #13)", () => {
  it.each(["en", "da"] as const)("passes every check in %s Excel and gives the report as text to copy", async (mode) => {
    const data = asHost(book(), mode);
    renderApp("da", data, "functions", { ...ENGLISH_EXCEL, functionNames: mode });
    fireEvent.click(await screen.findByRole("button", { name: "Kør selvtest" }));
    await screen.findByText("Alle 30 kontroller bestået.", {}, { timeout: 5000 });
    const list = screen.getByRole("list", { name: "Selvtest" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(30);
    expect(within(list).getByText(`Funktionen ${mode === "da" ? "TILBAGEBETALINGSTID" : "PAYBACK"}:`)).toBeTruthy();
    const text = (screen.getByRole("textbox", { name: "Rapporten som tekst" }) as HTMLTextAreaElement).value;
    expect(text.split("\n")[1]).toBe(`Excel · PC · 16.0.19000.20000 · da-DK · ${mode === "da" ? "danske" : "engelske"} funktionsnavne`);
    expect(text).toContain(mode === "da" ? "✓ Funktionen TILBAGEBETALINGSTID: =TILBAGEBETALINGSTID(A1:F1) → 6" : "✓ Funktionen PAYBACK: =PAYBACK(A1:F1) → 6");
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever"]);
  });

  it("shows ✗ on the line of what a misbehaving Excel got wrong", async () => {
    const data = book();
    data.faults.nullOverwrites = true;
    renderApp("da", data, "functions");
    fireEvent.click(await screen.findByRole("button", { name: "Kør selvtest" }));
    await screen.findByText("1 af 30 kontroller fejlede.", {}, { timeout: 5000 });
    const text = (screen.getByRole("textbox", { name: "Rapporten som tekst" }) as HTMLTextAreaElement).value;
    expect(text).toContain(`✗ null lader cellen stå: C14 "", D14 2`);
  });
});

describe("formulas of ours Excel does not compute (issue #13)", () => {
  it("are found when the pane opens and entered again with one click", async () => {
    const data = asHost(book(), "da");
    data.put("Tabel 1", "A1", [[625, 1080, 500, -1000, -1000, -1000, "=_xldudf_PAYBACK(A1:F1)"]]);
    renderApp("da", data, "model", { ...ENGLISH_EXCEL, functionNames: "da" });
    const offer = await screen.findByText(/^1 celle med tilføjelsesprogrammets funktioner viser #NAVN\? \(fx Tabel 1!=_xldudf_PAYBACK\(A1:F1\)\)/);
    expect(offer).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Opdatér add-in-formler" }));
    await screen.findByText("1 celle regner igen.");
    const [cell] = await ourFormulaCells(data);
    expect([cell.local, cell.value]).toEqual(["=TILBAGEBETALINGSTID(A1:F1)", 6]);
  });

  it("on a protected sheet: the pane names it and says nothing was changed (issue #29)", async () => {
    const data = asHost(book(), "da");
    data.put("Tabel 1", "A1", [[625, 1080, 500, -1000, -1000, -1000, "=_xldudf_PAYBACK(A1:F1)"]]);
    const sheet = data.sheet("Tabel 1");
    if (sheet !== undefined) sheet.protected = true;
    renderApp("da", data, "model", { ...ENGLISH_EXCEL, functionNames: "da" });
    fireEvent.click(await screen.findByRole("button", { name: "Opdatér add-in-formler" }));
    await screen.findByText("Arket Tabel 1 er beskyttet: fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen. Intet er ændret.");
    expect((await ourFormulaCells(data))[0].value).toBe("#NAME?");
  });

  it("say nothing when every formula computes", async () => {
    renderApp("da", book());
    await readTheList();
    expect(screen.queryByRole("button", { name: "Opdatér add-in-formler" })).toBeNull();
  });
});

describe("adding and editing a model profile in the pane", () => {
  it("saves a new profile typed the Danish way into the model sheet and chooses it", async () => {
    const data = book();
    renderApp("da", data);
    fireEvent.click(await screen.findByRole("button", { name: "Ny model eller ret modellen" }));
    const form = await screen.findByRole("form", { name: "Ny model eller ret modellen" }); // fetched on first use
    fireEvent.change(within(form).getByLabelText("Navn"), { target: { value: "Eget forslag" } });
    fireEvent.change(within(form).getByLabelText("Tærskel (kr.)"), { target: { value: "200.000" } });
    fireEvent.change(within(form).getByLabelText("Loft (kr.)"), { target: { value: "250.000" } });
    fireEvent.change(within(form).getByLabelText("Skolens andel over tærsklen (%)"), { target: { value: "40" } });
    fireEvent.click(within(form).getByRole("button", { name: "Gem modellen" }));
    await screen.findByText("Modellen Eget forslag er gemt i arket Incitamentsmodel.");
    const sheet = data.toSheets().Incitamentsmodel;
    expect(sheet[3].slice(3)).toEqual(["Hedensted 2022/23", "Forslag: maks. 180.000", "Eget forslag"]);
    expect(sheet.slice(6, 9).map((row) => row[5])).toEqual([200000, 250000, 0.4]);
  });

  it("refuses a cap below the threshold in plain words, writing nothing", async () => {
    const data = book();
    renderApp("da", data);
    fireEvent.click(await screen.findByRole("button", { name: "Ny model eller ret modellen" }));
    const form = await screen.findByRole("form", { name: "Ny model eller ret modellen" }); // fetched on first use
    fireEvent.change(within(form).getByLabelText("Loft (kr.)"), { target: { value: "100.000" } });
    fireEvent.click(within(form).getByRole("button", { name: "Gem modellen" }));
    await screen.findByText(/cap: loftet \(100000\) er mindre end tærsklen \(264995\)/);
    expect(data.sheets.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name)).toEqual(["Elever"]);
  });
});

describe("the templates tab", () => {
  it("with the seed's figures ticked, the year fields show the seed's years, disabled, not silently ignored (issue 27, observation 6)", async () => {
    const data = book();
    renderApp("da", data, "templates");
    const first = (await screen.findByRole("spinbutton", { name: "Første år" })) as HTMLInputElement;
    expect(first.disabled).toBe(false);
    fireEvent.click(screen.getByRole("checkbox", { name: "Udfyld med eksemplets tal fra kildedokumentet" }));
    const fields = ["Første år", "Antal år", "Prisniveau (p/l)"].map((name) => screen.getByRole("spinbutton", { name }) as HTMLInputElement);
    expect(fields.map((f) => [f.value, f.disabled])).toEqual([["2022", true], ["6", true], ["2023", true]]);
    expect(screen.getByText("Eksemplets år 2022–2027 i 2023 p/l bruges; fjern fluebenet for at vælge selv.")).toBeTruthy();
  });

  it("inserts the investment proposal, filled with seed 000's figures, as a new sheet of formulas", async () => {
    const data = book();
    renderApp("da", data, "templates");
    fireEvent.click(await screen.findByRole("checkbox", { name: "Udfyld med eksemplets tal fra kildedokumentet" }));
    fireEvent.click(screen.getByRole("button", { name: "Indsæt skabelonen" }));
    await screen.findByText("Skabelonen står i arket Investeringsforslag.");
    const sheet = data.toSheets().Investeringsforslag;
    expect(sheet[4].slice(0, 3)).toEqual(["1.000 kr. 2023 p/l", "Styringsområde", 2022]);
    expect(sheet.flat()).toEqual(expect.arrayContaining([expect.stringMatching(/IFERROR\(PAYBACK\(C17:H17\),/), expect.stringMatching(/IFERROR\(PAYBACK\(C16:H16\),/)])); // service rows, all rows
  });
});

describe("converting a table's price level", () => {
  it("creates the index table, asks, and turns the numbers into PRICELEVEL formulas with the p/l text updated", async () => {
    const data = book();
    data.put("Tabel 1", "A1", [
      ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023],
      ["Færre elever", "Service", null, -420],
      ["I alt", null, "=SUM(C2:C2)", "=SUM(D2:D2)"],
    ]);
    data.selected = "'Tabel 1'!A1:D3";
    renderApp("da", data, "templates");
    fireEvent.click(await screen.findByRole("button", { name: "Hent markeringen" }));
    await screen.findByText("Tabellen står i 2023 p/l.");
    const to = screen.getByRole("spinbutton", { name: "Til prisniveau" });
    fireEvent.change(to, { target: { value: "2022" } });
    fireEvent.blur(to);
    fireEvent.click(screen.getByRole("button", { name: "Opret indekstabel" }));
    await screen.findByText(/Indekstabellen står i arket Prisindeks/);
    expect(data.names.get("Prisindeks")).toBe("=Prisindeks!$A$1:$B$7");
    expect(data.toSheets().Prisindeks.slice(1).map((row) => row[0])).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // The index table is empty as created: converting now is refused before anything is written (issue 27, observation 3).
    fireEvent.click(screen.getByRole("button", { name: "Omregn" }));
    await screen.findByText("Prisindeks mangler indeks for 2022 og 2023; udfyld indekstabellen først. Intet er omregnet.");
    expect(data.toSheets()["Tabel 1"][1][3]).toBe(-420);
    // The officer fills in KL's index for the two years, and converts.
    data.put("Prisindeks", "B4", [[100], [103.1]]);
    fireEvent.click(screen.getByRole("button", { name: "Omregn" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByText("1 tal i Tabel 1!A1:D3 bliver til formler, der omregner fra 2023 p/l til 2022 p/l. De kan regnes tilbage igen.")).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Omregn", hidden: true }));
    await screen.findByText("1 tal er omregnet til 2022 p/l.");
    const sheet = data.toSheets()["Tabel 1"];
    expect(sheet[0][0]).toBe("1.000 kr. 2022 p/l");
    expect(sheet[1][3]).toBe("=PRICELEVEL(-420,2023,2022,Prisindeks)");
    expect(sheet[2][3]).toBe("=SUM(D2:D2)");
  });

  it("a selection holding two tables is refused: nothing converted, no year heading turned into a formula (issue 27, observation 2)", async () => {
    const data = book();
    data.put("Investeringsforslag", "A1", [
      ["Tabel 1", null, null, null],
      ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023],
      ["Færre elever", "Service", null, -420],
      [null, null, null, null],
      ["Tabel 2", null, null, null],
      ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023],
      ["Koordinator", "Service", 625, 1500],
    ]);
    data.put("Prisindeks", "A1", [["År", "Indeks"], [2022, 100], [2023, 103.1]]);
    data.names.set("Prisindeks", "=Prisindeks!$A$1:$B$3");
    data.selected = "Investeringsforslag!A1:D7";
    renderApp("da", data, "templates");
    fireEvent.click(await screen.findByRole("button", { name: "Hent markeringen" }));
    await screen.findByText("Tabellen står i 2023 p/l.");
    const before = JSON.stringify(data.toSheets().Investeringsforslag);
    fireEvent.click(screen.getByRole("button", { name: "Omregn" }));
    await screen.findByText("Markeringen rummer 2 tabeller. Markér én tabel ad gangen, fra dens p/l-række og ned; intet er omregnet.");
    expect(JSON.stringify(data.toSheets().Investeringsforslag)).toBe(before);
    // Tabel 2 alone: its numbers converted, its year headings left as years, its own p/l line rewritten.
    data.selected = "Investeringsforslag!A5:D7";
    fireEvent.click(screen.getByRole("button", { name: "Hent markeringen" }));
    await waitFor(() => expect(screen.queryByText(/rummer 2 tabeller/)).toBeNull());
    const to = screen.getByRole("spinbutton", { name: "Til prisniveau" });
    fireEvent.change(to, { target: { value: "2022" } });
    fireEvent.blur(to);
    fireEvent.click(screen.getByRole("button", { name: "Omregn" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    fireEvent.click(within(dialog).getByRole("button", { name: "Omregn", hidden: true }));
    await screen.findByText("2 tal er omregnet til 2022 p/l.");
    const sheet = data.toSheets().Investeringsforslag;
    expect(sheet[5]).toEqual(["1.000 kr. 2022 p/l", "Styringsområde", 2022, 2023]);
    expect(sheet[6]).toEqual(["Koordinator", "Service", "=PRICELEVEL(625,2023,2022,Prisindeks)", "=PRICELEVEL(1500,2023,2022,Prisindeks)"]);
    expect(sheet[1][0]).toBe("1.000 kr. 2023 p/l");
  });

  it("names the conversion function as Danish Excel does, and the year fields' spin buttons in Danish (issue 27, observation 6)", async () => {
    const data = book();
    data.put("Tabel 1", "A1", [["Tabel uden prisniveau", 2022, 2023], ["x", 1, 2]]);
    data.selected = "'Tabel 1'!A1:C2";
    renderApp("da", data, "templates");
    expect(await screen.findByText(/Tallene bliver til PRISNIVEAU-formler/)).toBeTruthy();
    expect(screen.queryByText(/PRICELEVEL/)).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Hent markeringen" }));
    await screen.findByText(/angiver ikke sit prisniveau/);
    expect(screen.queryAllByRole("button", { name: /Increment|Decrement/ })).toEqual([]);
  });
});

describe("the check tab", () => {
  it("finds a total that does not add up and selects its cell", async () => {
    const data = book();
    data.put("Tabel 1", "A1", [
      ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023, 2024],
      ["Færre elever", "Service", null, -420, -1000],
      ["Samlet varig ændring", null, null, -420, -900],
    ]);
    data.activeSheet = "Tabel 1";
    renderApp("da", data, "check");
    fireEvent.click(await screen.findByRole("button", { name: "Kontrollér" }));
    await screen.findByText("1 fund", { selector: "[role=heading]" });
    expect(screen.getByText(/Samlet varig ændring i E3 er -900, men posterne over summerer til -1000/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Vis:/ }));
    await waitFor(() => expect(data.selected).toBe("'Tabel 1'!E3"));
  });

  it("reports every error value in what it checks, at its cell (issue 27, observation 3)", async () => {
    const data = book();
    data.put("Tabel 1", "A1", [
      ["1.000 kr. 2022 p/l", "Styringsområde", 2022, 2023],
      ["Færre elever", "Service", "=SQRT(-1)", "=1/0"],
      ["Koordinator", "Service", "=UKENDT.FUNKTION(1)", '="x"+1'],
      ["Markør til diagram", null, "=NA()", 5],
    ]);
    data.activeSheet = "Tabel 1";
    renderApp("da", data, "check");
    fireEvent.click(await screen.findByRole("button", { name: "Kontrollér" }));
    await screen.findByText("4 fund", { selector: "[role=heading]" });
    expect(screen.getByText(/C2 viser fejlen #NUM!/)).toBeTruthy();
    expect(screen.getByText(/D2 viser fejlen #DIV\/0!/)).toBeTruthy();
    expect(screen.getByText(/C3 viser fejlen #NAME\?/)).toBeTruthy();
    expect(screen.getByText(/D3 viser fejlen #VALUE!/)).toBeTruthy();
    // A #N/A the formula asks for (NA(), a chart's marker) is no finding.
    expect(screen.queryByText(/C4 viser/)).toBeNull();
  });

  it("says so when the whole workbook is clean", async () => {
    const data = book();
    renderApp("da", data, "check");
    fireEvent.click(await screen.findByRole("radio", { name: "Hele projektmappen" }));
    fireEvent.click(screen.getByRole("button", { name: "Kontrollér" }));
    await screen.findByText("Ingen fund i arket.");
  });
});

describe("formulas as Danish Excel spells them", () => {
  it.each([
    ["=PAYBACK.DISCOUNTED(B2:G2, 0.035)", "=TILBAGEBETALINGSTID.DISKONTERET(B2:G2; 0,035)"],
    ["=FULLYEAR(DATE(2020,1,1), DATE(2020,6,30), 2020, TRUE)", "=HELÅRSPERSONER(DATO(2020;1;1); DATO(2020;6;30); 2020; SAND)"],
    ["=PAYBACK(C4:H4, FALSE, TRUE)", "=TILBAGEBETALINGSTID(C4:H4; FALSK; SAND)"],
    ["=SEGREGATION.PAYMENT(280000)", "=SEGREGERING.BETALING(280000)"],
    ["=SUM(B2:B3)-ALLOCATE(10, B2:B3)", "=SUM(B2:B3)-FORDEL(10; B2:B3)"],
  ])("%s → %s", (english, danish) => {
    expect(danishFormula(english)).toBe(danish);
  });
});

describe("amounts and school years", () => {
  it.each([
    [1234567, "da", "1.234.567 kr."],
    [272497.5, "da", "272.497,50 kr."],
    [-7502.5, "da", "-7.502,50 kr."],
    [1234567, "en", "1,234,567 kr."],
  ] as const)("%p in %s is %s", (amount, language, text) => {
    expect(formatKroner(amount, language)).toBe(text);
  });

  it.each([
    ["264.995", "da", 264995],
    ["6,5", "da", 6.5],
    [" 1 000 000 kr.", "da", 1000000],
    ["264,995", "en", 264995],
    ["0.5", "en", 0.5],
  ] as const)("reads %p typed in %s as %p", (text, language, value) => {
    expect(parseAmount(text, language)).toBe(value);
  });

  it("reads text that is no number as NaN", () => {
    expect(parseAmount("mange", "da")).toBeNaN();
    expect(parseAmount("1,2,3", "da")).toBeNaN();
  });

  it("a school year starts on 1 August", () => {
    expect(currentSchoolYear(new Date(2024, 6, 31))).toBe(2023);
    expect(currentSchoolYear(new Date(2024, 7, 1))).toBe(2024);
  });
});

describe("the display language", () => {
  it.each([
    ["da-DK", "da"],
    ["da", "da"],
    ["DA-dk", "da"],
    ["en-US", "en"],
    ["sv-SE", "en"],
    [undefined, "en"],
  ])("%p → %p", (display, language) => {
    expect(uiLanguage(display)).toBe(language);
  });
});

describe("the sheets it wrote, all year (issue #26)", () => {
  it("names a result sheet once the pupil table grows (Table.onChanged), and Opdatér writes it again and ties it out", async () => {
    const data = book();
    renderApp("da", data);
    await readTheList();
    fireEvent.click(screen.getByRole("button", { name: "Anvend modellen" }));
    await screen.findByText(/Arket Resultat 2023-24 er skrevet/);
    expect(screen.queryByRole("region", { name: "Ark, der ikke længere passer" })).toBeNull();
    // A month later: a pupil at a school no sheet has seen, added through the table.
    await waitFor(() => expect(data.tableHandlers.get("Elevliste")?.length ?? 0).toBeGreaterThan(0));
    const context = fakeContext(data);
    context.workbook.tables.getItem("Elevliste").rows.add(undefined, [["N1", "Ny Skole", 250000, 45170, "", "", ""]]);
    await context.sync();
    const named = await screen.findByText("Resultat 2023-24 dækker ikke længere elevlisten: 8 elever i listen, 7 på arket.", {}, { timeout: 3000 });
    expect(named).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Opdatér Resultat 2023-24" }));
    await screen.findByText(/^Resultat 2023-24 er opdateret\. Læst tilbage: alle \d+ tal stemmer med beregningen til øret\.$/, {}, { timeout: 5000 });
    await waitFor(() => expect(screen.queryByText(/dækker ikke længere elevlisten/)).toBeNull());
    // What changed since it was written: one new pupil, at a new school.
    expect(screen.getByText("1 nye elever, 0 afsluttede, 0 har skiftet skole, 0 med ændret udgift, 0 andre ændringer.")).toBeTruthy();
    const perSchool = screen.getByRole("table", { name: "Ændringer pr. skole" });
    expect(within(perSchool).getByRole("row", { name: /Ny Skole/ }).textContent).toBe("Ny Skole228.825,140,00"); // from 1 September: 250.000 × 305/366, all the school's
    fireEvent.click(screen.getByRole("button", { name: "Skriv ændringerne som ark" }));
    await screen.findByText(/^Ændringerne står i arket Ændringer 2023-24 \(\d\d-\d\d-\d{4}\)\. Læst tilbage: alle 20 tal stemmer, før \+ ændring = nu for hver skole\.$/, {}, { timeout: 5000 });
  }, 30000);
});
