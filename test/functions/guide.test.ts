/*
 * Issue 27, item 8: the Danish user guide (docs/brugervejledning.md) as the pane's help link opens it:
 * a page beside the help pages, every picture it names one of the screenshots the browser
 * walk-through renews, nothing of the markdown left raw, no text taken as HTML.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { GUIDE_PATH, renderGuide } from "../../src/functions/guidePage";

const DOCS = path.resolve(__dirname, "../../docs");
const markdown = readFileSync(path.join(DOCS, "brugervejledning.md"), "utf8");

describe("the user guide (brugervejledning)", () => {
  const html = renderGuide(markdown);

  it("is a Danish page of the help with the guide's title and headings", () => {
    expect(GUIDE_PATH).toBe("help/da/brugervejledning.html");
    expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(html).toContain("<title>Specialøkonomi — brugervejledning · Specialøkonomi</title>");
    for (const heading of ["Model: incitamentsmodellen på elevlisten", "Skabeloner", "Kontrol", "Funktioner"]) expect(html).toContain(`<h2>${heading}</h2>`);
  });

  it("shows every picture it names, each one of the walk-through's screenshots, with its words", () => {
    const pictures = [...html.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)].map((m) => ({ file: m[1], alt: m[2] }));
    expect(pictures.length).toBeGreaterThanOrEqual(12);
    for (const { file, alt } of pictures) {
      expect(existsSync(path.join(DOCS, file))).toBe(true);
      expect(alt.length).toBeGreaterThan(3);
    }
  });

  it("leaves no markdown raw and takes no text as HTML", () => {
    const text = html.replace(/<[^>]+>/g, "");
    expect(text).not.toMatch(/\*\*|!\[|^#/m);
    expect(renderGuide("# T\n\nEn <script>alert(1)</script> tekst")).toContain("En &lt;script&gt;alert(1)&lt;/script&gt; tekst");
  });
});
