import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server.node";
import type { WorkbookGateway } from "../office/gateway";
import { currentSchoolYear } from "./format";
import { Pane } from "./Pane";
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
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles, key: prerenderedKey(at) };
}
