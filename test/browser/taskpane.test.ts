/**
 * The built task pane (dist/taskpane.html) in headless Chromium. Screenshots go to test-results/.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launch, openPane, serveDist } from "../support/browser";
import { CONTRACT } from "../support/contract";

const RESULTS = path.resolve(__dirname, "../../test-results");
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
  mkdirSync(RESULTS, { recursive: true });
}, 30000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the task pane in Chromium", () => {
  it("speaks Danish in a Danish Excel and lists the nine functions in Danish Excel's spelling", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK" });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Specialøkonomi");
    const names = await page.getByRole("list", { name: "Funktioner" }).getByRole("heading", { level: 3 }).allTextContents();
    expect(names).toEqual(Object.keys(CONTRACT));
    await expect(page.getByText("=SEGREGATION.LIABLE(DATO(2023;8;1); DATO(2024;1;31); 2023)").count()).resolves.toBe(1);
    await expect(page.getByText(/uden for Excel/).count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(RESULTS, "taskpane-da.png"), fullPage: true });
  }, 30000);

  it("speaks English in an English Excel", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "en-US" });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Special Education Economics");
    await expect(page.getByText("=PAYBACK.DISCOUNTED(B2:G2, 0.035)").count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(RESULTS, "taskpane-en.png"), fullPage: true });
  }, 30000);

  it("says so when opened in a plain browser tab", async () => {
    const { page } = await openPane(browser, origin, { displayLanguage: "da-DK", host: null });
    await expect(page.getByText(/uden for Excel/).count()).resolves.toBe(1);
  }, 30000);

  it("requests nothing beyond its own origin and office.js", async () => {
    const { requests } = await openPane(browser, origin, { displayLanguage: "da-DK" });
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"));
    expect(requests.length).toBeGreaterThan(1);
    expect(foreign).toEqual([]);
  }, 30000);
});
