/*
 * later.ts for the build-time pre-render only (webpack.config.js swaps it in for html-webpack-plugin's
 * compiler): the same parts, imported outright, so that compiling the pre-render emits no chunks of
 * its own next to the pane's. The first view renders none of them; the browser gets later.ts.
 */
export { TemplatesTab } from "./App/TemplatesTab";
export { CheckPanel } from "./CheckPanel";
export { CataloguePanel } from "./CataloguePanel";
export { FunctionList } from "./FunctionList";
export { ProfileEditor } from "./ProfileEditor";
export { SummaryTable } from "./ModelWorkflow/SummaryTable";
export { Question } from "./Question";
export { SelfTest } from "./SelfTest";
export { WrittenSheets } from "./WrittenSheets";

/** Nothing to fetch: everything is here. */
export function preloadLater(): Promise<void> {
  return Promise.resolve();
}
