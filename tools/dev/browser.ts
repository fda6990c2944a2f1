/**
 * The built task pane in a real browser: Debian's Chromium driven by playwright-core, dist/ served
 * from a local HTTP server, and office.js replaced by a stand-in that reports a host and a display
 * language (the real one comes from Microsoft's CDN, which tests must not need).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import ts from "typescript";
import { HEADERS, PUPILS, pupilRows } from "../seeds";
import { sourceCalculator } from "../sourceFunctions";
import { DANISH_EXCEL } from "./hostExcel";
import { readXlsx } from "../xlsx";

/** The repository: two up from here, or, bundled into dist-cli/bench.js (`npm run bench`), where npm runs it. */
const ROOT = existsSync(path.join(__dirname, "browser.ts")) ? path.resolve(__dirname, "../..") : process.cwd();
export const DIST = path.join(ROOT, "dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Where Chromium is: CHROMIUM_PATH, or Debian's package. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
  return found;
}

/** Serves dist/ (or another built directory) on a free localhost port. */
export async function serveDist(dir = DIST): Promise<{ server: Server; origin: string }> {
  if (dir === DIST && !existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first.");
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("Content-Type", TYPES[path.extname(file)] ?? "application/octet-stream");
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

let fakeExcelScript: string | null = null;

/** tools/dev/fakeExcel.ts as a browser script that defines window.FakeExcel. */
function fakeExcelForBrowser(): string {
  if (fakeExcelScript === null) {
    // The in-memory Excel and the one module of its own it imports (references.ts), each as CommonJS;
    // its `require("./references")` answered by the module transpiled first.
    const transpile = (file: string) =>
      ts.transpileModule(readFileSync(path.join(ROOT, "tools", "dev", file), "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    fakeExcelScript = `(function () {
var references = (function () { var exports = {}; var module = { exports: exports };\n${transpile("references.ts")}\nreturn module.exports; })();
var require = function (name) { if (name === "./references") return references; throw new Error("the in-memory Excel imports " + name); };
var exports = {}; var module = { exports: exports };\n${transpile("fakeExcel.ts")}\nwindow.FakeExcel = exports; })();`;
  }
  return fakeExcelScript;
}

/**
 * office.js's stand-in: Office.onReady answers with the host, Office.context with the language, and
 * in Excel, Excel.run works on an in-memory workbook (window.__book) that `setup` fills. Where the page
 * has `__calculate` (see openPane), the workbook calculates as Excel does: by HyperFormula with the
 * add-in's functions, in the test's process, custom functions answering #BUSY! on the first read.
 */
export function officeStub(host: string | null, displayLanguage: string, setup: string): string {
  // The Excel of a Danish display language is Danish Excel (functions-da.json active; office-js #891).
  const locale = displayLanguage.toLowerCase().startsWith("da") ? DANISH_EXCEL : null;
  const excel =
    host === "Excel"
      ? `${fakeExcelForBrowser()}
window.__book = new window.FakeExcel.FakeWorkbookData();
window.__book.customIds = ${JSON.stringify(Object.keys(DANISH_EXCEL.customs))};
window.__book.locale = ${JSON.stringify(locale)};
if (typeof window.__calculate === "function") {
  window.__book.calculator = function (sheets, names) { return window.__calculate(sheets, names); };
  window.__book.busyReads = 1;
}
${setup}
window.Excel = { run: function (work) { return work(window.FakeExcel.fakeContext(window.__book)); } };`
      : "";
  return `${excel}
window.Office = {
  context: {
    displayLanguage: ${JSON.stringify(displayLanguage)},
    diagnostics: { version: "16.0.19000.20000", platform: "OfficeOnline" },
    requirements: {
      isSetSupported: function (name, version) {
        return !window.__book || window.__book.supports(name + " " + version);
      }
    }
  },
  onReady: function (callback) {
    var info = { host: ${JSON.stringify(host)}, platform: ${JSON.stringify(host === null ? null : "OfficeOnline")} };
    if (callback) callback(info);
    return Promise.resolve(info);
  }
};`;
}

export interface PaneOptions {
  /** Office's display language, e.g. "da-DK". */
  readonly displayLanguage: string;
  /** "Excel", or null for a plain browser tab. @default "Excel" */
  readonly host?: string | null;
  /** Script run in the page to fill the workbook, `__book` (a FakeWorkbookData). */
  readonly workbook?: string;
  /** The page's clock, which sets the school year the pane starts from. @default 15 January 2024 */
  readonly today?: Date;
  /** Runs before the pane is opened, e.g. to route requests. */
  readonly beforeOpen?: (page: Page) => Promise<unknown>;
}

/** What the page's Content-Security-Policy refused so far: "directive blocked-uri" per refusal. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Opens the task pane as Excel would, recording every request the page makes and every CSP refusal. */
export async function openPane(browser: Browser, origin: string, options: PaneOptions): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: options.displayLanguage });
  const page = await context.newPage();
  await page.clock.setFixedTime(options.today ?? new Date("2024-01-15T10:00:00"));
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  // The in-memory Excel's formula engine, run here: the page's stand-in calls it on each read of values.
  const calculate = sourceCalculator();
  await page.exposeFunction("__calculate", (sheets: Record<string, unknown[][]>, names: { name: string; expression: string }[]) => calculate(sheets, names));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/javascript",
      body: officeStub(options.host === undefined ? "Excel" : options.host, options.displayLanguage, options.workbook ?? ""),
    }),
  );
  await options.beforeOpen?.(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  if (errors.length > 0) throw new Error(`the pane threw: ${errors.join("; ")}`);
  return { page, requests };
}

/**
 * Waits until the tab just selected has its code: the pane fetches a tab's code on first use (or a
 * second after it opens) and shows "Henter fanen …" until it is there.
 */
export async function tabLoaded(page: Page): Promise<void> {
  await page.getByText(/^(Henter fanen|Loading the tab) …$/).waitFor({ state: "detached" });
}

/** Clicks a tab and waits for its content. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await tabLoaded(page);
}

/** A workbook script with DOMAIN.md's pupil list as the table "Elevliste" on the sheet "Elever". */
export const PUPIL_WORKBOOK = `__book.put("Elever", "A1", ${JSON.stringify([HEADERS, ...pupilRows(PUPILS)])});
__book.tables.push({ name: "Elevliste", sheet: "Elever", address: "A1:G${PUPILS.length + 1}" });`;

/**
 * A workbook script with the content of an .xlsx file (by default the sample workbook
 * assets/Eksempel.xlsx): its sheets' values and formulas, its names and its Excel tables.
 */
export async function xlsxWorkbook(file = path.join(ROOT, "assets", "Eksempel.xlsx")): Promise<string> {
  const content = await readXlsx(file);
  return [
    ...Object.entries(content.sheets).map(([name, rows]) => `__book.put(${JSON.stringify(name)}, "A1", ${JSON.stringify(rows)});`),
    ...content.names.map((n) => `__book.names.set(${JSON.stringify(n.name)}, ${JSON.stringify(n.expression)});`),
    ...content.tables.map((t) => `__book.tables.push(${JSON.stringify(t)});`),
  ].join("\n");
}

/**
 * Every cell of the page's in-memory workbook whose formula calls one of the add-in's functions: its
 * formula as formulasLocal gives it, and its value once calculated (see hostExcel's ourFormulaCells).
 */
export async function pageFormulaCells(page: Page): Promise<{ at: string; local: string; value: unknown }[]> {
  return page.evaluate(async (ids) => {
    type Cell = { formula: string | null };
    const book = (window as unknown as {
      __book: {
        sheets: { name: string; cells: Map<string, Cell>; busyLeft: number }[];
        calculate(): Promise<void>;
        localFormula(cell: Cell): string;
        valueOf(sheet: unknown, row: number, column: number): unknown;
      };
    }).__book;
    await book.calculate();
    const calls = new RegExp(`(^|[^A-Za-z0-9_.])(${ids.map((id) => id.replace(/\./g, "\\.")).join("|")})\\(`, "i");
    const found: { at: string; local: string; value: unknown }[] = [];
    for (const sheet of book.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null || !calls.test(cell.formula)) continue;
        const [r, c] = key.split(",").map(Number);
        const busy = sheet.busyLeft;
        sheet.busyLeft = 0;
        found.push({ at: `${sheet.name}!R${r + 1}C${c + 1}`, local: book.localFormula(cell), value: book.valueOf(sheet, r, c) });
        sheet.busyLeft = busy;
      }
    }
    return found;
  }, Object.keys(DANISH_EXCEL.customs));
}
