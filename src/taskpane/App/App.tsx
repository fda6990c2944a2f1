import { Body1, MessageBar, MessageBarBody, Tab, TabList, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import type { FunctionEntry } from "../../functions/catalog";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { FunctionList } from "../FunctionList";
import { ModelWorkflow } from "../ModelWorkflow";
import { STRINGS } from "../strings";
import { useAppStyles } from "./App.styles";

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
  readonly initialTab?: "model" | "functions";
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
      <TabList selectedValue={tab} onTabSelect={(_e, data) => setTab(data.value as "model" | "functions")}>
        <Tab value="model">{t.tabs.model}</Tab>
        <Tab value="functions">{t.tabs.functions}</Tab>
      </TabList>
      {tab === "functions" && <FunctionList language={language} functions={functions} />}
      {tab === "model" && gateway !== null && <ModelWorkflow language={language} gateway={gateway} schoolYear={schoolYear} />}
    </main>
  );
}
