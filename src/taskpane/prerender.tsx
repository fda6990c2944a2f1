import { createDOMRenderer, type GriffelRenderer, renderToStyleElements } from "@fluentui/react-components";
import { cloneElement, type ReactElement } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server.node";
import type { WorkbookGateway } from "../office/gateway";
import { currentSchoolYear } from "./format";
import { Pane } from "./Pane";
import { rulesText } from "./paneStyles";
import { type Prerendered, prerenderedKey } from "./prerenderedKey";

/**
 * A workbook the pre-render never calls: the first render only draws; the pane talks to Excel from its
 * effects, which run in the browser, after hydration, with the real gateway.
 */
const NO_WORKBOOK = new Proxy({} as WorkbookGateway, {
  get: (_target, name) => () => Promise.reject(new Error(`the pre-rendered pane has no workbook (${String(name)})`)),
});

/**
 * The pane's first view (the Incitamentsmodel tab before a list is read) as HTML, and its styles as
 * static CSS (Griffel's server rendering of the same makeStyles), for taskpane.html: the page paints
 * it before any script has run, and the bundle hydrates it (src/taskpane/index.tsx). Every control is
 * inert until then.
 */
export function prerenderPane(at: Prerendered = { language: "da", schoolYear: currentSchoolYear(new Date()) }): { html: string; styles: string; key: string } {
  const renderer = createDOMRenderer();
  const html = renderToString(<Pane renderer={renderer} language={at.language} gateway={NO_WORKBOOK} schoolYear={at.schoolYear} />);
  const styles = renderToStaticMarkup(<>{styleElements(renderer)}</>);
  return { html, styles, key: prerenderedKey(at) };
}

/** Griffel's <style> elements for the page, its rules kept apart (paneStyles.ts says why). */
function styleElements(renderer: GriffelRenderer): ReactElement[] {
  const sheets = Object.values(renderer.stylesheets);
  return renderToStyleElements(renderer).map((element) => {
    const props = element.props as Record<string, string>;
    const sheet = sheets.find((s) => ["data-make-styles-bucket", "data-priority", "media", "data-container"].every((a) => s.elementAttributes[a] === props[a]));
    if (sheet === undefined) throw new Error(`no Griffel style sheet for the bucket ${props["data-make-styles-bucket"]}`);
    return cloneElement(element, { dangerouslySetInnerHTML: { __html: rulesText(sheet.cssRules()) } } as object);
  });
}
