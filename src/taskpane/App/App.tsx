import { Body1, Tab as FluentTab, MessageBar, MessageBarBody, TabList, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import type { FunctionEntry } from "../../functions/catalog";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { CheckPanel } from "../CheckPanel";
import { FunctionList } from "../FunctionList";
import { ModelWorkflow } from "../ModelWorkflow";
import { PriceLevelPanel } from "../PriceLevelPanel";
import { STRINGS } from "../strings";
import { TemplatePanel } from "../TemplatePanel";
import { useAppStyles } from "./App.styles";

type Tab = "model" | "templates" | "check" | "functions";

export interface AppProps {
  /** The display language of Office. */
  readonly language: UiLanguage;
  /** The custom functions to list. */
  readonly functions: readonly FunctionEntry[];
  /** The workbook, or null when the page is opened outside Excel. */
  readonly gateway: WorkbookGateway | null;
  /** The school year to start from. */
  readonly schoolYear: number;
  /** The tab to open on. @default "model" */
  readonly initialTab?: Tab;
}

/** The task pane: the incentive model at work, and the list of functions. */
export function App({ language, functions, gateway, schoolYear, initialTab = "model" }: AppProps) {
  const styles = useAppStyles();
  const t = STRINGS[language];
  const [tab, setTab] = useState(initialTab);
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.section}>
        <Title3 as="h1" block className={styles.heading}>
          {t.product}
        </Title3>
        <Body1 block>{t.tagline}</Body1>
      </header>
      {gateway === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as Tab)}>
        <FluentTab value="model">{t.tabs.model}</FluentTab>
        <FluentTab value="templates">{t.tabs.templates}</FluentTab>
        <FluentTab value="check">{t.tabs.check}</FluentTab>
        <FluentTab value="functions">{t.tabs.functions}</FluentTab>
      </TabList>
      {tab === "functions" && <FunctionList language={language} functions={functions} />}
      {tab === "model" && gateway !== null && <ModelWorkflow language={language} gateway={gateway} schoolYear={schoolYear} />}
      {tab === "templates" && gateway !== null && (
        <>
          <TemplatePanel language={language} gateway={gateway} year={schoolYear + 1} />
          <PriceLevelPanel language={language} gateway={gateway} year={schoolYear + 1} />
        </>
      )}
      {tab === "check" && gateway !== null && <CheckPanel language={language} gateway={gateway} />}
    </main>
  );
}
