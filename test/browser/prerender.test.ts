/**
 * The pane paints before its code runs (issue #17): taskpane.html holds the first view pre-rendered at
 * build time (src/taskpane/prerender.tsx), which shows with JavaScript off, and which the bundle
 * hydrates, in Danish Excel in the school year the page was built for, without a warning from React
 * and without moving a pixel.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DIST, officeStub } from "../../tools/dev/browser";
import { servedPane } from "../support/servedPane";

let browser: Browser;
let origin: string;

/** The school year the build pre-rendered, from the page's root element ("da 2026"). */
const built = /data-prerendered="da (\d{4})"/.exec(readFileSync(path.join(DIST, "taskpane.html"), "utf8"));
const schoolYear = Number(built?.[1]);

servedPane((served) => ({ browser, origin } = served));

const HEADINGS = ["1. Elevliste", "2. Model og skoleår", "3. Sammenlign to modeller", "4. Sikkerhedsnet", "5. Skolernes budget", "6. Følsomhed"];

async function open(javaScriptEnabled: boolean, displayLanguage = "da-DK", script?: (arg: string) => void, arg?: string): Promise<{ page: Page; said: string[] }> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, javaScriptEnabled, locale: displayLanguage });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${schoolYear}-11-15T10:00:00`));
  const said: string[] = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && said.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => said.push(`pageerror: ${e.message}`));
  // Which <h1> the parser made: hydration keeps that very element, a fresh render replaces it.
  await page.addInitScript(() => {
    new MutationObserver((_m, observer) => {
      const h1 = document.querySelector("h1");
      if (h1 === null) return;
      (window as unknown as { __parsedH1: Element }).__parsedH1 = h1;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  if (script !== undefined) await page.addInitScript(script, arg ?? "");
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub("Excel", displayLanguage, "") }),
  );
  await page.goto(`${origin}/taskpane.html`);
  return { page, said };
}

describe("the pre-rendered pane", () => {
  it("was built for a school year", () => {
    expect(schoolYear).toBeGreaterThan(2000);
  });

  it("shows the first view with JavaScript off, styled, every control in it inert", async () => {
    const { page } = await open(false);
    await expect(page.getByRole("heading", { level: 2 }).allTextContents()).resolves.toEqual(HEADINGS);
    await expect(page.locator("h1").textContent()).resolves.toBe("Specialøkonomi");
    // Inert: on the page and looking as it will, but neither a click nor the keyboard reaches it yet.
    await expect(page.locator("main").getAttribute("inert")).resolves.toBe("");
    await expect(page.locator("button", { hasText: "Brug markeringen" }).click({ timeout: 1000 })).rejects.toThrow(/Timeout/);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("BODY");
    // Fluent's styles are in the page (Title3: 24 px semibold, where a bare h1 is 32 px bold; the tab bar's selected tab underlined), and the model sentence is there.
    await expect(page.locator("h1").evaluate((h) => [getComputedStyle(h).fontSize, getComputedStyle(h).fontWeight])).resolves.toEqual(["24px", "600"]);
    await expect(page.getByRole("tab", { name: "Model" }).evaluate((t) => getComputedStyle(t, "::after").backgroundColor)).resolves.toBe("rgb(15, 108, 189)");
    await page.getByText("Skolen betaler hele udgiften op til 264.995 kr.; derover 50 % op til højst 287.077 kr. pr. elev.").waitFor();
    await page.context().close();
  }, 30000);

  it("is hydrated in Danish Excel: the same elements, no warning from React, nothing moved", async () => {
    /**
     * Every element of the pane and where it is drawn; not the theme's <style> (Fluent moves it to
     * <head>) nor the 1-pixel focus guards Fluent's Tabster adds around the tab list once it runs.
     */
    const boxes = (page: Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll("#root *:not(style):not([data-tabster-dummy])"), (e) => {
          const r = e.getBoundingClientRect();
          return `${e.tagName} ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
        }),
      );
    /** The rules in each of Griffel's style sheets, as Chromium parsed them. */
    const rules = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]"), (s) => s.sheet?.cssRules.length));
    const still = await open(false);
    const before = { boxes: await boxes(still.page), rules: await rules(still.page), picture: await still.page.screenshot({ fullPage: true }) };
    await still.page.context().close();

    const { page, said } = await open(true);
    await page.locator("main:not([inert])").waitFor();
    await page.getByRole("button", { name: "Hent tabellen" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expect(page.evaluate(() => document.querySelector("h1") === (window as unknown as { __parsedH1: Element }).__parsedH1)).resolves.toBe(true);
    // Once it has settled (the empty workbook read): two pictures of the pane in a row alike. Pictures
    // of the window, not of the full page: Playwright takes a full-page picture by resizing the view,
    // and on a busy machine Chromium records that frame as a layout shift of the test's own making.
    let view = await page.screenshot();
    for (let k = 0; k < 20; k += 1) {
      await page.waitForTimeout(100);
      const next = await page.screenshot();
      if (next.equals(view)) break;
      view = next;
    }
    expect(said).toEqual([]);
    // Every element where it was, and Chromium saw no layout shift at all.
    expect(await boxes(page)).toEqual(before.boxes);
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          // Buffered: every shift since the page began; none at all means no callback, hence the timer.
          new PerformanceObserver((list) => list.getEntries().forEach((e) => (sum += (e as unknown as { value: number }).value))).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    const picture = await page.screenshot({ fullPage: true });
    expect(shifted).toBe(0);
    // The pane took the page's styles over (src/taskpane/paneStyles.ts): not one rule inserted again, no sheet added.
    expect(await rules(page)).toEqual(before.rules);
    // The two pictures: the same size, and at most a few anti-aliased pixels apart (an icon drawn again).
    expect(picture.length).toBeGreaterThan(0);
    expect(Math.abs(picture.length - before.picture.length)).toBeLessThan(before.picture.length / 100);
    await page.context().close();
  }, 30000);

  it.each([
    ["a tab", "[role=tab]:nth-of-type(2)", "aria-selected"],
    ["a button of the model tab", "button[aria-expanded]", "aria-expanded"],
  ])("answers a click on %s in the very moment it comes alive (React hydrates its part first)", async (_what, selector, attribute) => {
    const { page, said } = await open(true, "da-DK", (target: string) => {
      // Clicks as soon as <main> is no longer inert, before anything else runs.
      new MutationObserver((_m, observer) => {
        const main = document.querySelector("main");
        if (main === null || main.hasAttribute("inert")) return;
        observer.disconnect();
        const element = document.querySelector(target) as HTMLElement;
        // Whether React had taken this element over yet (it has not: its part hydrates after <main>).
        (window as unknown as { __hydratedAtClick: boolean }).__hydratedAtClick = Object.keys(element).some((k) => k.startsWith("__reactProps"));
        element.click();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ["inert"] });
    }, selector);
    await page.waitForFunction(([s, a]) => document.querySelector(s)?.getAttribute(a) === "true", [selector, attribute] as const, { timeout: 10000 });
    await expect(page.evaluate(() => (window as unknown as { __hydratedAtClick: boolean }).__hydratedAtClick)).resolves.toBe(false);
    expect(said).toEqual([]);
    await page.context().close();
  }, 30000);

  it("is rendered afresh in English Excel, in English", async () => {
    const { page, said } = await open(true, "en-US");
    await page.getByRole("heading", { level: 2, name: "1. Pupil list" }).waitFor();
    await expect(page.evaluate(() => document.querySelector("h1") === (window as unknown as { __parsedH1: Element }).__parsedH1)).resolves.toBe(false);
    expect(said).toEqual([]);
    await page.context().close();
  }, 30000);
});
