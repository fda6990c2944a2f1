/**
 * The year-long walk-through in Chromium at 350 px (issue #26): two result sheets for two models, a
 * month of changes to the pupil table, the pane naming what no longer fits, Opdatér, and what changed.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEFAULT_PROFILES } from "../../src/core/profiles";
import { guessColumns } from "../../src/core/pupils";
import { serialOf } from "../../src/core/dates";
import { CHANGES_CELLS } from "../../src/sheets/changes";
import { workbook } from "../../tools/engine";
import { openPane, PUPIL_WORKBOOK } from "../../tools/dev/browser";
import { registerSourceFunctions } from "../../tools/sourceFunctions";
import { messyRows } from "../../tools/dev/pupilList";
import { HEADERS, PUPILS } from "../../tools/seeds";
import { againstCore } from "../support/resultSheet";
import { servedPane } from "../support/servedPane";

registerSourceFunctions();
const RESULTS = path.resolve(__dirname, "../../test-results");
const DOCS = path.resolve(__dirname, "../../docs");

/** A picture of the pane in test-results/, and in docs/ with `npm run screenshots`. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === "1") copyFileSync(file, path.join(DOCS, `${name}.png`));
}
const [HEDENSTED, PROPOSAL] = DEFAULT_PROFILES;
let browser: Browser;
let origin: string;

servedPane((served) => ({ browser, origin } = served));

/** The page's workbook, evaluated here by the formula engine, and its pupil table's rows as they are now. */
async function evaluated(page: Page) {
  const written = await page.evaluate(() => {
    const book = (window as unknown as { __book: { toSheets(forEngine?: boolean): Record<string, unknown[][]>; names: Map<string, string>; tables: { name: string; address: string }[] } }).__book;
    return { sheets: book.toSheets(true), raw: book.toSheets(), names: [...book.names].map(([name, expression]) => ({ name, expression })), table: book.tables.find((t) => t.name === "Elevliste")?.address ?? "" };
  });
  const rows = Number(written.table.replace(/^.*?(\d+)$/, "$1")) - 1;
  const list = (written.raw.Elever ?? []).slice(1, rows + 1).map((row) => Array.from({ length: HEADERS.length }, (_x, c) => row[c] ?? null));
  return { hf: workbook(written.sheets, written.names), list };
}

/** A pupil list as the table "Elevliste" on the sheet Elever, from A1, as a workbook script for the page. */
const listWorkbook = (rows: readonly (readonly unknown[])[]) =>
  `__book.put("Elever", "A1", ${JSON.stringify([HEADERS, ...rows])});\n__book.tables.push({ name: "Elevliste", sheet: "Elever", address: "A1:G${rows.length + 1}" });`;

describe("a workbook that stays true all year, in the pane", () => {
  it.each([
    ["DOMAIN.md's 7 pupils", PUPIL_WORKBOOK, PUPILS.length, true],
    // The messy list: spaces, case, codes, pattern characters, and odd-øre costs under a 50 % share (Excel's ROUND modelled).
    ["the messy list of 320 pupils", listWorkbook(messyRows(320)), 320, false],
  ] as const)("%s: two models side by side; a month of changes; the pane names both sheets; Opdatér ties each out; the changes, 3 + 1 + 1, tie out per school", async (_what, book, n, pictures) => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", workbook: book });
    await page.getByRole("button", { name: "Hent tabellen" }).click();
    await page.getByRole("button", { name: "Anvend modellen" }).click();
    await page.getByText(/^Arket Resultat 2023-24 er skrevet/).waitFor({ timeout: 30000 });
    await page.getByRole("combobox", { name: "Model", exact: true }).selectOption({ label: PROPOSAL.name });
    await page.getByRole("button", { name: "Anvend modellen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Skriv i Resultat 2023-24 (2)" }).click();
    await page.getByText(/^Arket Resultat 2023-24 \(2\) er skrevet/).waitFor({ timeout: 30000 });

    // The first sheet still shows Hedensted's figures; the second the proposal's.
    const mapping = guessColumns(HEADERS);
    let now = await evaluated(page);
    expect(againstCore(now.hf, "Resultat 2023-24", now.list, mapping, HEDENSTED, n)).toBe(true);
    expect(againstCore(now.hf, "Resultat 2023-24 (2)", now.list, mapping, PROPOSAL, n)).toBe(true);

    // A month later, through the table: three pupils (one at a new school), one deleted, one cost corrected.
    await page.evaluate(
      async ({ added }) => {
        const w = window as unknown as { FakeExcel: { fakeContext(data: unknown): Excel.RequestContext }; __book: unknown };
        const context = w.FakeExcel.fakeContext(w.__book);
        const table = context.workbook.tables.getItem("Elevliste");
        table.rows.add(undefined, added);
        table.rows.getItemAt(1).delete();
        context.workbook.worksheets.getItem("Elever").getRange("C2").values = [[210000.57]];
        await context.sync();
      },
      {
        added: [
          ["N1", "Hedensted Skole", 299934.57, serialOf(2023, 8, 1), "", "", ""],
          ["N2", "Løsning Skole", 287000.01, serialOf(2023, 9, 1), "", "", ""],
          ["N3", "Ny Skole", 250000, serialOf(2023, 8, 15), "", "", ""],
        ],
      },
    );
    now = await evaluated(page);
    expect(now.list.length).toBe(n + 2);
    // Both sheets say in themselves that they no longer cover the list (coverage and control FALSE).
    expect(againstCore(now.hf, "Resultat 2023-24", now.list, mapping, HEDENSTED, n)).toBe(false);
    expect(againstCore(now.hf, "Resultat 2023-24 (2)", now.list, mapping, PROPOSAL, n)).toBe(false);

    // The pane heard the table change and names both, each with Opdatér.
    const named = page.getByRole("region", { name: "Ark, der ikke længere passer" });
    const count = (x: number) => x.toLocaleString("da-DK");
    await named.getByText(`Resultat 2023-24 dækker ikke længere elevlisten: ${count(n + 2)} elever i listen, ${count(n)} på arket.`).waitFor();
    await named.getByText(`Resultat 2023-24 (2) dækker ikke længere elevlisten: ${count(n + 2)} elever i listen, ${count(n)} på arket.`).waitFor();
    if (pictures) await shoot(page, "8-ark-der-ikke-passer");

    await page.getByRole("button", { name: "Opdatér Resultat 2023-24", exact: true }).click();
    await page.getByText(/^Resultat 2023-24 er opdateret\. Læst tilbage: alle [\d.]+ tal stemmer med beregningen til øret\.$/).waitFor({ timeout: 30000 });
    await page.getByText("3 nye elever, 1 afsluttede, 0 har skiftet skole, 1 med ændret udgift, 0 andre ændringer.").waitFor();
    if (pictures) await shoot(page, "8b-aendringer");
    await page.getByRole("button", { name: "Skriv ændringerne som ark" }).click();
    await page.getByText(/^Ændringerne står i arket Ændringer 2023-24 \(15-01-2024\)\. Læst tilbage: alle \d+ tal stemmer, før \+ ændring = nu for hver skole\.$/).waitFor({ timeout: 30000 });

    await page.getByRole("button", { name: "Opdatér Resultat 2023-24 (2)" }).click();
    await page.getByText(/^Resultat 2023-24 \(2\) er opdateret\. Læst tilbage/).waitFor({ timeout: 30000 });
    await named.getByText(/dækker ikke længere elevlisten/).first().waitFor({ state: "detached" });

    // Each sheet equals the core for the new list, under the model it was written for; the changes tie out.
    now = await evaluated(page);
    expect(againstCore(now.hf, "Resultat 2023-24", now.list, mapping, HEDENSTED, n + 2)).toBe(true);
    expect(againstCore(now.hf, "Resultat 2023-24 (2)", now.list, mapping, PROPOSAL, n + 2)).toBe(true);
    const changes = now.hf.getSheetId("Ændringer 2023-24 (15-01-2024)") ?? -1;
    const at = (k: number, col: number) => now.hf.getCellValue({ sheet: changes, row: CHANGES_CELLS.firstRow + k, col });
    const schools: unknown[] = [];
    for (let k = 0; at(k, CHANGES_CELLS.schoolColumn) !== null; k += 1) {
      schools.push(at(k, CHANGES_CELLS.schoolColumn));
      expect([at(k, CHANGES_CELLS.check), at(k, CHANGES_CELLS.centralCheck)]).toEqual([true, true]);
    }
    expect(schools).toContain("Ny Skole");
  }, 180000);
});
