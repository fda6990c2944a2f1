import { Body1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** What a panel says after an action, in plain words. */
export type PanelNotice = { readonly intent: "success" | "error" | "info"; readonly text: string } | null;

export interface PanelProps {
  /** The heading's id, which labels the section. */
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  /** @default null */
  readonly notice?: PanelNotice;
  readonly children?: ReactNode;
}

/** A titled part of a tab: an h2, a line of introduction, the latest notice, and what follows. */
export function Panel({ id, title, intro, notice = null, children }: PanelProps) {
  const styles = usePanelStyles();
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} block className={styles.heading}>
        {title}
      </Subtitle2>
      {intro !== undefined && <Body1 block>{intro}</Body1>}
      {notice !== null && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {children}
    </section>
  );
}
