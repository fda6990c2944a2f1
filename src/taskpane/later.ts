import { lazy } from "react";

/*
 * The parts of the pane its first render does not show: the other tabs, the profile editor, the
 * summary table, the question dialog and the self-test. Each is fetched when first shown, or a second after the
 * first render (App's usePreloadedParts), whichever comes first. Parsing and running them up front
 * made the first render measurably slower (see `npm run bench`, taskpaneFirstRenderRatio, and the README).
 */
const load = {
  templates: () => import(/* webpackChunkName: "templates-tab" */ "./App/TemplatesTab"),
  check: () => import(/* webpackChunkName: "check-tab" */ "./CheckPanel"),
  catalogue: () => import(/* webpackChunkName: "catalogue" */ "./CataloguePanel"),
  functions: () => import(/* webpackChunkName: "function-list" */ "./FunctionList"),
  editor: () => import(/* webpackChunkName: "profile-editor" */ "./ProfileEditor"),
  summary: () => import(/* webpackChunkName: "summary-table" */ "./ModelWorkflow/SummaryTable"),
  question: () => import(/* webpackChunkName: "question" */ "./Question"),
  selfTest: () => import(/* webpackChunkName: "self-test" */ "./SelfTest"),
  written: () => import(/* webpackChunkName: "written-sheets" */ "./WrittenSheets"),
};

export const TemplatesTab = lazy(() => load.templates().then((m) => ({ default: m.TemplatesTab })));
export const CheckPanel = lazy(() => load.check().then((m) => ({ default: m.CheckPanel })));
export const CataloguePanel = lazy(() => load.catalogue().then((m) => ({ default: m.CataloguePanel })));
export const FunctionList = lazy(() => load.functions().then((m) => ({ default: m.FunctionList })));
export const ProfileEditor = lazy(() => load.editor().then((m) => ({ default: m.ProfileEditor })));
export const SummaryTable = lazy(() => load.summary().then((m) => ({ default: m.SummaryTable })));
export const Question = lazy(() => load.question().then((m) => ({ default: m.Question })));
export const SelfTest = lazy(() => load.selfTest().then((m) => ({ default: m.SelfTest })));
/** The written sheets that no longer fit: it shows nothing until it has checked the workbook, so it comes later. */
export const WrittenSheets = lazy(() => load.written().then((m) => ({ default: m.WrittenSheets })));

/**
 * Fetches every deferred part, so that opening a tab or a dialog later does not wait for the network.
 * A part that fails to load here says so when it is shown (see TabBoundary in App).
 */
export function preloadLater(): Promise<void> {
  return Promise.all(Object.values(load).map((f) => f())).then(
    () => undefined,
    () => undefined,
  );
}
