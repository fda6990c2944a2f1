import type { WorkbookGateway } from "../office/gateway";

/**
 * A workbook gateway whose code is fetched on its first call: the Excel layer (the writer, the
 * tie-out, the sheet designs, the check) is not in the pane's first bundle, which then parses and
 * hydrates sooner (issue #17, `taskpaneInteractiveRatio`). The first call after hydration (the list of
 * tables) fetches it; every later call finds it there.
 */
export function lazyGateway(load: () => Promise<WorkbookGateway>): WorkbookGateway {
  let loaded: Promise<WorkbookGateway> | null = null;
  const gateway = () => (loaded ??= load());
  return new Proxy({} as WorkbookGateway, {
    get:
      (_target, name) =>
      (...args: unknown[]) =>
        gateway().then((g) => (g[name as keyof WorkbookGateway] as (...a: unknown[]) => Promise<unknown>)(...args)),
  });
}
