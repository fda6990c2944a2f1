import type { GriffelRenderer } from "@fluentui/react-components";

/*
 * The pre-rendered page's Griffel styles, their rules apart, and how the browser's renderer takes
 * them over.
 *
 * Griffel's own take-over (rehydrateRendererCache, run by RendererProvider) parses every <style> of
 * the page again with stylis to split it into the rules it inserted: about a third of the time React
 * needs to hydrate the pane (measured with Chromium's profiler, DEVELOPING decision 38). The build
 * puts an empty comment between two rules instead — compiled rules hold no comment (stylis drops
 * them), though some of Fluent's hold line breaks — so the browser splits the text there: the same
 * rules, keyed the same way, without a parser. test/dist/styles.test.ts proves the two
 * take-overs give the same cache on the built page; the browser test proves no rule is inserted twice.
 */

/** What separates two rules in a pre-rendered <style>. */
const RULE_SEPARATOR = "/**/";

/** A pre-rendered <style>'s text: its rules, an empty comment between two. Throws if a rule could not be split back. */
export function rulesText(rules: readonly string[]): string {
  const broken = rules.find((rule) => rule.includes(RULE_SEPARATOR));
  if (broken !== undefined) throw new Error(`a Griffel rule holds the separator ${RULE_SEPARATOR}, so the page's styles cannot be split back: ${broken}`);
  return rules.join(RULE_SEPARATOR);
}

/** Griffel's key of a style sheet: its bucket, the media (or container) query, the priority (@griffel/core getStyleSheetKey). */
function sheetKey(element: HTMLStyleElement): string {
  const bucket = element.dataset.makeStylesBucket ?? "";
  const priority = element.dataset.priority ?? "0";
  const query = element.getAttribute("data-container") ?? (element.media || "0");
  return bucket === "m" || bucket === "x" ? `${bucket}${query}${priority}` : `${bucket}${priority}`;
}

/**
 * Gives `renderer` the page's pre-rendered <style> elements as its style sheets and their rules as
 * already inserted, as Griffel's rehydrateRendererCache does, from the rules the build keeps
 * apart. Then the pane's RendererProvider gets an empty document to take over from.
 */
export function takeOverStyles(renderer: GriffelRenderer, page: Document): void {
  for (const element of page.querySelectorAll<HTMLStyleElement>("style[data-make-styles-bucket]")) {
    const bucket = element.dataset.makeStylesBucket as GriffelRenderer["insertionCache"][string];
    const key = sheetKey(element);
    if (renderer.stylesheets[key] === undefined) {
      const elementAttributes = Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
      renderer.stylesheets[key] = {
        elementAttributes,
        element,
        bucketName: bucket,
        insertRule: (rule: string) => element.sheet?.insertRule(rule, element.sheet.cssRules.length),
        cssRules: () => (element.sheet === null ? [] : Array.from(element.sheet.cssRules, (r) => r.cssText)),
      };
    }
    for (const rule of (element.textContent ?? "").split(RULE_SEPARATOR)) if (rule !== "") renderer.insertionCache[rule] = bucket;
  }
}
