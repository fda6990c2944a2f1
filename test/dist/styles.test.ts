/**
 * @jest-environment jsdom
 *
 * The pane takes the pre-rendered page's styles over itself (src/taskpane/paneStyles.ts) instead of
 * letting Griffel parse them again: on the built taskpane.html it must end with exactly the cache and
 * style sheets Griffel's own rehydrateRendererCache gives, or the pane would insert rules twice (or
 * miss some).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createDOMRenderer, rehydrateRendererCache } from "@griffel/core";
import { takeOverStyles } from "../../src/taskpane/paneStyles";

const PAGE = path.resolve(__dirname, "../../dist/taskpane.html");

it("takes over the built page's styles exactly as Griffel's rehydration does, without parsing them", () => {
  if (!existsSync(PAGE)) throw new Error("dist/ is missing: run `npm run build` first (`npm test` does).");
  const page = new DOMParser().parseFromString(readFileSync(PAGE, "utf8"), "text/html");
  const [griffels, ours] = [createDOMRenderer(page), createDOMRenderer(page)];
  rehydrateRendererCache(griffels, page);
  takeOverStyles(ours, page);
  // The first view holds some 480 rules: a split that lost them would give a handful.
  expect(Object.keys(ours.insertionCache).length).toBeGreaterThan(400);
  expect(ours.insertionCache).toEqual(griffels.insertionCache);
  expect(Object.keys(ours.stylesheets).sort()).toEqual(Object.keys(griffels.stylesheets).sort());
  for (const [key, sheet] of Object.entries(griffels.stylesheets)) {
    const mine = ours.stylesheets[key];
    expect([mine.element, mine.bucketName, mine.elementAttributes]).toEqual([sheet.element, sheet.bucketName, sheet.elementAttributes]);
  }
});
