import { Body1, Caption1, MessageBar, MessageBarBody, Subtitle2, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FunctionEntry } from "../../functions/catalog";
import type { UiLanguage } from "../../office/host";
import { danishFormula } from "../formula";
import { STRINGS } from "../strings";
import { useAppStyles } from "./App.styles";

export interface AppProps {
  /** The display language of Office. */
  readonly language: UiLanguage;
  /** The custom functions to list. */
  readonly functions: readonly FunctionEntry[];
  /** False when the page is opened outside Excel. @default true */
  readonly inExcel?: boolean;
}

/** The first screen: what the add-in is and which functions it brings. */
export function App({ language, functions, inExcel = true }: AppProps) {
  const styles = useAppStyles();
  const t = STRINGS[language];
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.section}>
        <Title3 as="h1" block className={styles.heading}>
          {t.product}
        </Title3>
        <Body1 block>{t.tagline}</Body1>
      </header>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>{t.notInExcel}</MessageBarBody>
        </MessageBar>
      )}
      <Section id="functions-heading" title={t.functionsHeading} intro={t.functionsIntro}>
        <ul className={styles.list} aria-labelledby="functions-heading">
          {functions.map((fn) => (
            <li key={fn.name} className={styles.item}>
              <Subtitle2 as="h3" block className={styles.heading}>
                {fn.name}
              </Subtitle2>
              <Body1 block>{language === "da" ? fn.da : fn.en}</Body1>
              <Caption1 block className={styles.code}>
                {fn.signature}
              </Caption1>
              <Caption1 block>
                {t.example}: <span className={styles.code}>{language === "da" ? danishFormula(fn.example) : fn.example}</span>{" "}
                · {t.answer}: {fn.answer[language]}
              </Caption1>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="coming-heading" title={t.comingHeading} intro={t.coming} />
    </main>
  );
}

interface SectionProps {
  /** The heading's id, which labels the section. */
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly children?: ReactNode;
}

/** A titled part of the screen: an h2, a line of introduction, and what follows. */
function Section({ id, title, intro, children }: SectionProps) {
  const styles = useAppStyles();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Subtitle2 as="h2" id={id} block className={styles.heading}>
        {title}
      </Subtitle2>
      <Body1 as="p" block className={styles.heading}>
        {intro}
      </Body1>
      {children}
    </section>
  );
}
