/**
 * Accessibility of the built task pane (issue #5), in headless Chromium with office.js stood in for:
 * axe-core finds no serious or critical violation on any screen, in Danish and English, and each
 * screen's work can be done with the keyboard alone: Tab to reach a control, arrow keys between
 * tabs, Enter or Space to act, Escape out of a dialog.
 */
import { FUNCTIONS } from "../../src/functions/defs";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { openPane, openTab, PUPIL_WORKBOOK, tabLoaded } from "../../tools/dev/browser";
import { servedPane } from "../support/servedPane";

const DIST = path.resolve(__dirname, "../../dist");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let browser: Browser;
let origin: string;

const WORKBOOK = `${PUPIL_WORKBOOK}
__book.put("Tabel 1", "A1", [["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023, 2024], ["Færre elever", "Service", null, -420, 1000], ["Samlet varig ændring", null, null, -420, 1000], [], ["Alle besparelser er angivet med negativt (-) fortegn."]]);`;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Colours are judged once fades have ended: half-way through a fade-in any text fails contrast. A
  // fade that starts a moment later (a status arriving from the workbook) is waited for too: the page
  // must stay without a running animation for 300 ms.
  for (let i = 0; i < 10; i += 1) {
    const settled = await page.evaluate(async () => {
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return document.getAnimations().every((a) => a.playState !== "running");
    });
    if (settled) break;
  }
  // Evaluated through the DevTools protocol, so the pane's Content-Security-Policy does not apply.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: Violation[] }> } }).axe;
    // Fluent UI's focus-management sentinels (tabster's "dummy inputs": focusable, aria-hidden, they
    // pass the focus on at once) are a documented false positive of aria-hidden-focus
    // (microsoft/tabster#288, microsoft/fluentui#25133); axe skips them and checks everything else.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as never, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses Tab (Shift+Tab backwards) until `target` has the focus; fails if 40 presses do not reach it. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`the keyboard does not reach ${target.toString()}`);
}

/**
 * The focused element shows a focus indicator: an outline or a box shadow (Fluent's buttons, tabs,
 * inputs), or the double underline Fluent gives a focused link.
 */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return false;
    const own = getComputedStyle(el);
    const after = getComputedStyle(el, "::after");
    const shown = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== "" && s.boxShadow !== "none") || (s.borderStyle !== "none" && s.content !== "normal" && s.content !== "none");
    return shown(own) || shown(after) || own.textDecorationStyle === "double";
  });
}

/**
 * Whether a focused field shows its focus the way Fluent draws it for inputs: on the field's frame
 * (the SpinButton's root), an underline drawn by its ::after while the input inside has focus.
 */
async function fieldFocusVisible(page: Page): Promise<boolean> {
  const drawn = () => {
    const frame = document.activeElement?.closest(".fui-SpinButton");
    if (frame === null || frame === undefined || !frame.matches(":focus-within")) return false;
    const after = getComputedStyle(frame, "::after");
    // Fluent scales the underline from 0 to full width on focus (a 0,2 s transition): a computed
    // matrix whose first term is the share of the width drawn.
    const scale = /^matrix\(([^,]+)/.exec(after.transform);
    const full = after.transform === "none" || (scale !== null && parseFloat(scale[1]) >= 0.99);
    return after.content !== "none" && parseFloat(after.borderBottomWidth) > 0 && full;
  };
  return page
    .waitForFunction(drawn, undefined, { timeout: 2000 })
    .then(() => true)
    .catch(() => false);
}

/** Moves to a tab of the pane with the arrow keys from the selected tab, and selects it. */
async function selectTab(page: Page, name: string): Promise<void> {
  const selected = page.getByRole("tab", { selected: true });
  await tabTo(page, selected);
  const target = page.getByRole("tab", { name });
  for (let i = 0; i < 4 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("ArrowRight");
  expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(target.getAttribute("aria-selected")).resolves.toBe("true");
  await tabLoaded(page);
}

servedPane((served) => ({ browser, origin } = served));

describe("the task pane with axe-core: no serious or critical violation", () => {
  it.each(["da-DK", "en-US"])("every screen in %s: the four tabs, the model's steps, the dialog, the findings", async (displayLanguage) => {
    const da = displayLanguage === "da-DK";
    const { page } = await openPane(browser, origin, { displayLanguage, workbook: WORKBOOK });
    const screens: Record<string, string[]> = {};
    // The start screen is judged once the pane has listed the workbook's tables (its first call to Excel).
    await page.getByRole("button", { name: da ? "Hent tabellen" : "Read the table", disabled: false }).waitFor();
    screens.start = await seriousViolations(page);

    await page.getByRole("button", { name: da ? "Hent tabellen" : "Read the table" }).click();
    await page.getByRole("button", { name: da ? "Anvend modellen" : "Apply the model" }).click();
    await page.getByRole("table").first().waitFor();
    screens.applied = await seriousViolations(page);

    await page.getByRole("button", { name: da ? "Anvend modellen" : "Apply the model" }).click();
    await page.getByRole("dialog").waitFor();
    await page.waitForTimeout(400);
    screens.dialog = await seriousViolations(page);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    // The pane is given back to screen readers as the dialog closes (Fluent hides the rest of the page while it is open).
    await page.waitForFunction(() => document.querySelector("[aria-hidden=true]:has(main)") === null, undefined, { timeout: 5000 });

    for (const tab of da ? ["Skabeloner", "Kontrol", "Funktioner"] : ["Templates", "Check", "Functions"]) {
      await openTab(page, tab);
      if (tab === "Kontrol" || tab === "Check") {
        await page.getByRole("radio", { name: da ? "Hele projektmappen" : "The whole workbook" }).check();
        await page.getByRole("button", { name: da ? "Kontrollér" : "Check" }).click();
        await page.getByRole("list", { name: da ? /fund/ : /finding/ }).waitFor();
      }
      screens[tab] = await seriousViolations(page);
    }
    expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((k) => [k, []])));
  }, 90000);

  it("the check catches a violation when there is one", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", workbook: WORKBOOK });
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<button id="no-name"></button>'));
    await expect(seriousViolations(page)).resolves.toEqual([expect.stringContaining("critical button-name")]);
  }, 30000);
});

describe("the help pages with axe-core", () => {
  it("no serious or critical violation on any help page, in Danish or English", async () => {
    const page = await (await browser.newContext()).newPage();
    const found: Record<string, string[]> = {};
    for (const language of ["da", "en"]) {
      for (const file of readdirSync(path.join(DIST, "help", language)).filter((f) => f.endsWith(".html"))) {
        await page.goto(`${origin}/help/${language}/${file}`);
        found[`${language}/${file}`] = await seriousViolations(page);
      }
    }
    // Each function and the index, in both languages, and the Danish user guide (its pictures beside it are no pages).
    expect(Object.keys(found)).toHaveLength(2 * (FUNCTIONS.length + 1) + 1);
    expect(found).toHaveProperty(["da/brugervejledning.html"]);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 60000);
});

describe("the task pane with the keyboard only", () => {
  it("incentive model: read the table, apply, answer the dialog, compare, distribute the safety net, write the budget, save the cap", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", workbook: WORKBOOK });
    await tabTo(page, page.getByRole("button", { name: "Hent tabellen" }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByText("7 elever fra arket Elever.").waitFor();

    await tabTo(page, page.getByRole("button", { name: "Anvend modellen" }));
    await page.keyboard.press("Enter");
    await page.getByText(/Arket Resultat 2023-24 er skrevet/).waitFor();

    // Again: the sheet exists, so a dialog asks; the keyboard answers it.
    await tabTo(page, page.getByRole("button", { name: "Anvend modellen" }), true);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const focusedInDialog = await dialog.evaluate((d) => d.contains(document.activeElement));
    expect(focusedInDialog).toBe(true);
    await tabTo(page, dialog.getByRole("button", { name: "Skriv i Resultat 2023-24 (2)" }));
    await page.keyboard.press("Space");
    await page.getByText(/Arket Resultat 2023-24 \(2\) er skrevet/).waitFor();

    await tabTo(page, page.getByRole("button", { name: "Sammenlign" }));
    await page.keyboard.press("Enter");
    await page.getByText(/Sammenligningen står i arket Sammenligning 2023/).waitFor();

    await tabTo(page, page.getByRole("button", { name: "Fordel" }));
    await page.keyboard.press("Enter");
    await page.getByText(/Fordelingen står i arket Sikkerhedsnet 2023/).waitFor();

    // The budget: type the amount, write, save the calibrated cap as a model; all by keyboard.
    await tabTo(page, page.getByRole("spinbutton", { name: "Udlagt til skolerne (kr.)" }));
    expect(await fieldFocusVisible(page)).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1000000");
    await tabTo(page, page.getByRole("button", { name: "Skriv budgettet" }));
    await page.keyboard.press("Enter");
    await page.getByText(/Budgettet står i arket Skolernes budget 2023/).waitFor();
    await tabTo(page, page.getByRole("button", { name: /^Gem som model: Loft / }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByText(/^Modellen Loft [\d.]+ er gemt i arket Incitamentsmodel\./).waitFor();
  }, 60000);

  it("templates: choose the template with the arrow keys, tick the seed's figures, insert", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", workbook: WORKBOOK });
    await selectTab(page, "Skabeloner");
    const checkbox = page.getByRole("checkbox", { name: "Udfyld med eksemplets tal fra kildedokumentet" });
    await tabTo(page, checkbox);
    await page.keyboard.press("Space");
    await expect(checkbox.isChecked()).resolves.toBe(true);
    await tabTo(page, page.getByRole("button", { name: "Indsæt skabelonen" }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByText("Skabelonen står i arket Investeringsforslag.").waitFor();
  }, 30000);

  it("check: pick the whole workbook with the arrow keys, run the check, show a finding's cell", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", workbook: WORKBOOK });
    await selectTab(page, "Kontrol");
    await tabTo(page, page.getByRole("radio", { checked: true }));
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Hele projektmappen" }).isChecked()).resolves.toBe(true);
    await tabTo(page, page.getByRole("button", { name: "Kontrollér" }));
    await page.keyboard.press("Enter");
    const show = page.getByRole("button", { name: /^Vis: / }).first();
    await show.waitFor();
    await tabTo(page, show);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    const selected = await page.evaluate(() => (window as unknown as { __book: { selected: string } }).__book.selected);
    expect(selected).toMatch(/Tabel 1'?!E2/);
  }, 30000);

  it("functions: every function's help link is reachable and says where it leads", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", workbook: WORKBOOK });
    await selectTab(page, "Funktioner");
    const links = page.getByRole("link", { name: /^Hjælp til / });
    await expect(links.count()).resolves.toBe(FUNCTIONS.length);
    await tabTo(page, links.last());
    expect(await focusVisible(page)).toBe(true);
    await expect(links.last().getAttribute("href")).resolves.toBe("help/da/sumcheck.html");
  }, 30000);
});
