/**
 * The pane with Microsoft's own office.js (issue #29), not our stand-in: the published package
 * `@microsoft/office-js` (pinned in package.json) is served from node_modules in place of the CDN,
 * every file office.js asks of the CDN answered from the package, everything else refused, so the
 * test needs no network. Outside Office (a plain browser tab) the pane renders in the browser's
 * language and says it is outside Excel; no page error, nothing refused by the Content-Security-
 * Policy, and office.js's changes to `window.history` (it sets pushState and replaceState to null)
 * break nothing the pane does: its tabs still switch. How far it goes without a host: office.js
 * fetches its map of hosts to files and no more; Office.onReady answers with no host; the Excel host
 * libraries (excel-web-16.00.js …) load only once a host answers, so Excel.run needs Office itself.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { cspViolations } from "../../tools/dev/browser";
import { servedPane } from "../support/servedPane";

const OFFICE_JS = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const CDNS = ["https://appsforoffice.microsoft.com/lib/1/hosted/", "https://officeapis.public.onecdn.static.microsoft/"];

let browser: Browser;
let origin: string;

servedPane(
  (served) => ({ browser, origin } = served),
  () => {
    if (!existsSync(path.join(OFFICE_JS, "office.js"))) throw new Error("@microsoft/office-js is missing: npm ci installs it (a devDependency)");
  },
);

/** The pane in a browser tab of `locale`, office.js from the package: what it fetched from the CDN, what was refused, what threw. */
async function open(locale: string): Promise<{ page: Page; served: string[]; refused: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale });
  const page = await context.newPage();
  const [served, refused, errors] = [[] as string[], [] as string[], [] as string[]];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route(
    (url) => url.origin !== origin,
    async (route) => {
      const url = route.request().url();
      const cdn = CDNS.find((prefix) => url.startsWith(prefix));
      const file = cdn === undefined ? null : path.join(OFFICE_JS, decodeURIComponent(url.slice(cdn.length).split("?")[0]));
      if (file !== null && file.startsWith(OFFICE_JS) && existsSync(file)) {
        served.push(url.slice(cdn?.length ?? 0));
        await route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      } else {
        refused.push(url);
        await route.abort();
      }
    },
  );
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  return { page, served, refused, errors };
}

describe("the pane with Microsoft's office.js (@microsoft/office-js), outside Office", () => {
  it.each([
    ["da-DK", "Specialøkonomi", "Åbnet uden for Excel", "Skabeloner"],
    ["en-US", "Special Education Economics", "Opened outside Excel", "Templates"],
  ])("in a %s browser: renders in its language, says it is outside Excel, no page error, nothing refused by the CSP, its tabs switch", async (locale, heading, notice, tab) => {
    const { page, served, refused, errors } = await open(locale);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor({ timeout: 20000 });
    await page.getByText(new RegExp(`^${notice}`)).waitFor({ timeout: 20000 });
    // Outside a host office.js fetches only its map of hosts to files: no Excel host library loads.
    expect(served).toEqual(["office.js", "o15apptofilemappingtable.js"]);
    // office.js took history.pushState and replaceState away (null): the pane does not use them, and
    // moving between tabs works.
    await expect(page.evaluate(() => [history.pushState === null, history.replaceState === null])).resolves.toEqual([true, true]);
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(cspViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    // What office.js asked for beyond the package is said here (telemetry, if anything), refused offline.
    expect(refused.filter((url) => !/^https:\/\/([a-z0-9-]+\.)*(microsoft|office|live|aria)\.(com|net)\//.test(url))).toEqual([]);
    await page.context().close();
  }, 60000);
});
