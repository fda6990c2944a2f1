import { Body1, Caption1, Link, Subtitle2 } from "@fluentui/react-components";
import { type CatalogEntry, functionCatalog } from "../../functions/catalog";
import type { UiLanguage } from "../../office/host";
import { STRINGS } from "../strings";
import { useFunctionListStyles } from "./FunctionList.styles";

export interface FunctionListProps {
  readonly language: UiLanguage;
  /** The functions to list. @default every function, in `language` */
  readonly functions?: readonly CatalogEntry[];
}

/**
 * The add-in's custom functions as the user's Excel knows them (Danish names in Danish), each with its
 * signature, an example in the user's Excel spelling and a link to its help page.
 */
export function FunctionList({ language, functions = functionCatalog(language) }: FunctionListProps) {
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
        {functions.map((shown) => {
          return (
            <li key={shown.id} className={styles.item}>
              <Subtitle2 as="h3" block className={styles.heading}>
                {shown.name}
              </Subtitle2>
              <Body1 block>{shown.description}</Body1>
              <Caption1 block className={styles.code}>
                {shown.signature}
              </Caption1>
              <Caption1 block>
                {t.example}: <span className={styles.code}>{shown.example}</span> · {t.answer}: {shown.answer}
              </Caption1>
              <Caption1 block>
                <Link href={shown.help} target="_blank" rel="noopener" aria-label={t.help(shown.name)}>
                  {t.helpLink}
                </Link>
              </Caption1>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
