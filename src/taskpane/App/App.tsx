import { Body1, Link, MessageBar, MessageBarBody, Spinner, Title3 } from "@fluentui/react-components";
import { GUIDE_PATH } from "../../functions/guidePath";
import { Component, type ReactNode, Suspense, useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import type { HostAbout } from "../../office/selfTest";
import { ModelWorkflow } from "../ModelWorkflow";
import { StaleFormulas } from "../StaleFormulas";
import { TabBar } from "../TabBar";
import { CataloguePanel, CheckPanel, FunctionList, preloadLater, SelfTest, TemplatesTab, WrittenSheets } from "../later";
import { STRINGS } from "../strings";
import { useAppStyles } from "./App.styles";

type Tab = "model" | "templates" | "check" | "functions";

/**
 * Fetches the deferred parts (src/taskpane/later.ts) a second after the first render: late enough not
 * to compete with it, early enough that a tab opened by hand is already there.
 */
function usePreloadedParts(): void {
  useEffect(() => {
    const handle = setTimeout(() => void preloadLater(), 1000);
    return () => clearTimeout(handle);
  }, []);
}

/**
 * False while the page is the pre-rendered HTML and while React hydrates it, true from the render
 * after: the pane is inert until its code runs (a click on pre-rendered markup would do nothing).
 * Set in a layout effect, which runs as the hydrated markup is committed, so the pane comes alive in
 * that same task, before the effects that go to the workbook. The tab's content is hydrated after it
 * (it is its own Suspense boundary); a click there meanwhile makes React hydrate that part first, then handle it.
 */
function useLive(): boolean {
  const [live, setLive] = useState(false);
  useLayoutEffect(() => setLive(true), []);
  return live;
}

export interface AppProps {
  /** The display language of Office. */
  readonly language: UiLanguage;
  /** The workbook, or null when the page is opened outside Excel. */
  readonly gateway: WorkbookGateway | null;
  /** The school year to start from. */
  readonly schoolYear: number;
  /** The tab to open on. @default "model" */
  readonly initialTab?: Tab;
  /** The host as Office.js describes it, for the self-test's report; absent outside Excel. */
  readonly about?: HostAbout;
}

/** The task pane: the incentive model at work, the proposal templates, the check, and the list of functions. */
export function App({ language, gateway: given, schoolYear, initialTab = "model", about }: AppProps) {
  const styles = useAppStyles();
  const t = STRINGS[language];
  const [tab, setTab] = useState(initialTab);
  const [writes, setWrites] = useState(0);
  const gateway = useMemo(() => (given === null ? null : noticingWrites(given, () => setWrites((n) => n + 1))), [given]);
  usePreloadedParts();
  return (
    <Live className={styles.root} lang={language}>
      <header className={styles.section}>
        <Title3 as="h1" block className={styles.heading}>
          {t.product}
        </Title3>
        <Body1 block>
          {t.tagline}{" "}
          <Link href={GUIDE_PATH} target="_blank" rel="noopener" hrefLang="da">
            {t.guide}
          </Link>
        </Body1>
      </header>
      {gateway === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      {gateway !== null && <StaleFormulas language={language} gateway={gateway} />}
      {gateway !== null && (
        <Suspense fallback={null}>
          <WrittenSheets language={language} gateway={gateway} writes={writes} />
        </Suspense>
      )}
      {/* Its own Suspense boundary, like the tab's content: React hydrates it after <main> comes alive (a click on it before then is hydrated first). */}
      <Suspense>
        <TabBar
          className={styles.tabs}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { value: "model", label: t.tabs.model },
            { value: "templates", label: t.tabs.templates },
            { value: "check", label: t.tabs.check },
            { value: "functions", label: t.tabs.functions },
          ]}
        />
      </Suspense>
      <TabBoundary key={tab} failed={t.tabFailed}>
        <Suspense fallback={<Spinner size="tiny" label={t.loadingTab} />}>
          {tab === "model" && gateway !== null && <ModelWorkflow language={language} gateway={gateway} schoolYear={schoolYear} />}
          {tab === "templates" && gateway !== null && <TemplatesTab language={language} gateway={gateway} year={schoolYear + 1} />}
          {tab === "check" && gateway !== null && <CheckPanel language={language} gateway={gateway} />}
          {tab === "check" && gateway !== null && <CataloguePanel language={language} gateway={gateway} />}
          {tab === "functions" && gateway !== null && about !== undefined && <SelfTest language={language} gateway={gateway} about={about} />}
          {tab === "functions" && <FunctionList language={language} />}
        </Suspense>
      </TabBoundary>
    </Live>
  );
}

/** The gateway's calls that write a sheet: after each, the written sheets are checked again. */
const WRITES = ["applyModel", "compareModels", "distributeSafetyNet", "writeBudget", "writeSensitivity", "saveProfile", "updateWrittenSheet", "writeCatalogue"] as const;

/** The same gateway, telling `wrote` after each call that writes a sheet (done or not). */
function noticingWrites(gateway: WorkbookGateway, wrote: () => void): WorkbookGateway {
  const noticing: Record<string, unknown> = {};
  for (const name of WRITES) {
    const call = gateway[name] as (...args: never[]) => Promise<unknown>;
    noticing[name] = (...args: never[]) => call(...args).finally(wrote);
  }
  return new Proxy(gateway, { get: (target, name) => (typeof name === "string" && name in noticing ? noticing[name] : target[name as keyof WorkbookGateway]) });
}

/**
 * The pane's <main>, inert until hydrated. Inert, not disabled: the pre-rendered page looks exactly as
 * the live one, it only does not react yet. When it comes alive only this element renders again: its
 * children are the same elements, so React leaves them be.
 */
function Live({ className, lang, children }: { readonly className: string; readonly lang: string; readonly children: ReactNode }) {
  const live = useLive();
  return (
    <main className={className} lang={lang} inert={!live}>
      {children}
    </main>
  );
}

interface TabBoundaryProps {
  readonly failed: (reason: string) => string;
  readonly children: ReactNode;
}

/** A tab, or a part of one, whose code could not be fetched (the network dropped) says so; the other tabs go on working. */
class TabBoundary extends Component<TabBoundaryProps, { readonly error: string | null }> {
  state = { error: null };

  static getDerivedStateFromError(error: unknown) {
    // webpack's ChunkLoadError says which file, over two lines.
    return { error: (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ") };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{this.props.failed(this.state.error)}</MessageBarBody>
      </MessageBar>
    );
  }
}
