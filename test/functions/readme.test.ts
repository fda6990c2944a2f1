/*
 * Issue 27, observation 10: the README named the pane's first tab "Incitamentsmodel" (it is "Model")
 * and the help pages `help/da/<function>.html` (they are named by each function's page, e.g.
 * help/da/segregation-payment.html). What the README says of the tabs and the help pages is held here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FUNCTIONS } from "../../src/functions/defs";
import { helpPath } from "../../src/functions/metadata";
import { STRINGS } from "../../src/taskpane/strings";

const README = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

describe("the README as a newcomer reads it", () => {
  it("names every tab of the Danish pane as the pane does, and no tab the pane does not have", () => {
    const tabs = Object.values(STRINGS.da.tabs);
    const named = [...README.matchAll(/The \*\*([^*]+)\*\* tab/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const tab of named) expect(tabs).toContain(tab);
    expect(README).not.toMatch(/\*\*Incitamentsmodel\*\* tab/);
  });

  it("every help page it names is one the functions have", () => {
    const pages = new Set(FUNCTIONS.flatMap((fn) => [helpPath(fn.page, "da"), helpPath(fn.page, "en")]));
    const named = [...README.matchAll(/`(help\/(?:da|en)\/[a-z.-]+\.html)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const page of named) expect(pages).toContain(page);
  });
});
