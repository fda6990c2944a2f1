/**
 * Security of the built add-in (issue #6): no eval or Function constructor in any bundle, so the pane
 * runs under a policy without 'unsafe-eval'; the pane's page declares that policy; the manifest asks
 * for no more than it uses.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { manifestText } from "../support/manifest";

const DIST = path.resolve(__dirname, "../../dist");
const bundles = readdirSync(DIST).filter((f) => f.endsWith(".js"));

/** Code that compiles strings at run time: eval(…), new Function(…), Function(…)(), string timers. */
const DYNAMIC_CODE = [/(?<![\w$.])eval\s*\(/, /\bnew\s+Function\s*\(/, /(?<![\w$.])Function\s*\(\s*["'`]/, /set(?:Timeout|Interval)\s*\(\s*["'`]/];

describe("dist/ bundles", () => {
  it("are the functions, the pane, and the pane's parts fetched later (content-hashed)", () => {
    const parts = bundles.filter((f) => f !== "functions.js" && f !== "taskpane.js");
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(part).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
  });

  it.each(bundles)("%s has no eval, new Function or string timer", (file) => {
    const source = readFileSync(path.join(DIST, file), "utf8");
    const found = DYNAMIC_CODE.flatMap((pattern) => {
      const m = pattern.exec(source);
      return m === null ? [] : [`${pattern}: …${source.slice(Math.max(0, m.index - 40), m.index + 40)}…`];
    });
    expect(found).toEqual([]);
  });

  it("the scan finds them when they are there", () => {
    const planted = ['x=eval("1")', 'return new Function("return this")()', 'Function("a","return a")', 'setTimeout("go()",1)'];
    for (const code of planted) expect({ code, found: DYNAMIC_CODE.some((p) => p.test(code)) }).toEqual({ code, found: true });
    expect(DYNAMIC_CODE.some((p) => p.test("e.evaluate(x); retrieval(y); myFunction(z)"))).toBe(false);
  });
});

describe("dist/taskpane.html's Content-Security-Policy", () => {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const policy = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
  const directive = (name: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? "";

  it("is declared, before any script", () => {
    expect(policy).not.toBe("");
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("runs scripts only from the add-in's origin and Microsoft's Office.js CDNs (both documented hosts): no inline script, no eval", () => {
    expect(directive("script-src").split(/\s+/).slice(1).sort()).toEqual(
      ["'self'", "https://ajax.aspnetcdn.com", "https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"].sort(),
    );
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directive("default-src")).toBe("default-src 'self'");
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("frame-src")).toBe("frame-src 'none'");
  });
});

describe("the manifest's permission", () => {
  it("is ReadWriteDocument: the pane reads pupil lists and writes sheets, so neither ReadDocument nor WriteDocument alone works", () => {
    expect(manifestText(path.join(DIST, "manifest.xml"), "Permissions")).toBe("ReadWriteDocument");
  });
});
