import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { FunctionEntry } from "../../functions/catalog";
import type { UiLanguage } from "../../office/host";
import { danishFormula } from "../formula";
import { STRINGS } from "../strings";
import { useFunctionListStyles } from "./FunctionList.styles";

export interface FunctionListProps {
  readonly language: UiLanguage;
  readonly functions: readonly FunctionEntry[];
}

/** The add-in's custom functions, each with its signature and an example in the user's Excel spelling. */
export function FunctionList({ language, functions }: FunctionListProps) {
  const styles = useFunctionListStyles();
  const t = STRINGS[language];
  return (
    <section aria-labelledby="functions-heading" className={styles.section}>
      <Subtitle2 as="h2" id="functions-heading" block className={styles.heading}>
        {t.functionsHeading}
      </Subtitle2>
      <Body1 as="p" block className={styles.heading}>
        {t.functionsIntro}
      </Body1>
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
              {t.example}: <span className={styles.code}>{language === "da" ? danishFormula(fn.example) : fn.example}</span> ·{" "}
              {t.answer}: {fn.answer[language]}
            </Caption1>
          </li>
        ))}
      </ul>
      <Body1 as="p" block className={styles.heading}>
        {t.coming}
      </Body1>
    </section>
  );
}
