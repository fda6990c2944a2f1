import { createDOMRenderer } from "@fluentui/react-components";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { whenHostReady } from "../office/host";
import { currentSchoolYear } from "./format";
import { Pane } from "./Pane";
import { takeOverStyles } from "./paneStyles";
import { lazyGateway } from "./lazyGateway";
import { prerenderedKey } from "./prerenderedKey";

void whenHostReady().then(({ language, host, excel, platform, version, displayLanguage, requirements }) => {
  const container = document.getElementById("root");
  if (container === null) return;
  document.documentElement.lang = language;
  const gateway =
    host === "Excel" && excel !== null
      ? lazyGateway(() => import(/* webpackChunkName: "workbook" */ "../office/gateway").then((m) => m.workbookGateway(m.officeRunner, excel)))
      : null;
  const schoolYear = currentSchoolYear(new Date());
  const renderer = createDOMRenderer();
  takeOverStyles(renderer, document);
  const pane = (
    <Pane
      renderer={renderer}
      stylesFrom={document.implementation.createHTMLDocument()}
      language={language}
      gateway={gateway}
      schoolYear={schoolYear}
      about={host === null ? undefined : { host, platform, version, displayLanguage, requirements }}
    />
  );
  // The page holds the first view pre-rendered (taskpane.html, at build time): where this Excel shows
  // that very view (Danish, this school year), React takes the markup over; otherwise (English, outside
  // Excel, a page built in another school year) it renders afresh in its place. The take-over is one
  // task (flushSync): the part that must be live first (the providers, <main>) is small, and React's
  // default would cut it into 5 ms slices, each waiting for the browser's next frame (about 90 ms in
  // all on a 2-core machine); the tab bar and the tab's content, Suspense boundaries, follow after it.
  if (gateway !== null && container.dataset.prerendered === prerenderedKey({ language, schoolYear })) flushSync(() => hydrateRoot(container, pane));
  else createRoot(container).render(pane);
});
