import { Body1, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useRef } from "react";

const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** What a panel says after an action, in plain words. */
export type PanelNotice = { readonly intent: "success" | "error" | "info"; readonly text: string } | null;

export interface PanelProps {
  /** The heading's id, which labels the section. */
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  /** What the panel's last action came to; shown below its controls. @default null */
  readonly notice?: PanelNotice;
  /** What the panel is doing now, e.g. "Skriver 10.000 elever …"; null when idle. @default null */
  readonly busy?: string | null;
  /** The controls; the status follows them. */
  readonly children?: ReactNode;
  /** What the action produced at length (a table, a list of findings), below the status. */
  readonly after?: ReactNode;
}

/**
 * A titled part of a tab: an h2, a line of introduction, its controls, and below them, next to the
 * button that caused it, what the panel is doing and what its last action came to. That place is a
 * live region that is always on the page, so a screen reader announces each change, and it is
 * scrolled into view when it changes, so the answer is where the user looks.
 */
export function Panel({ id, title, intro, notice = null, busy = null, children, after }: PanelProps) {
  const styles = usePanelStyles();
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = status.current;
    if (element === null || (notice === null && busy === null)) return;
    // A message bar settles its height after its first paint (it measures whether its text wraps):
    // follow its size for a moment, so its last line is in view too.
    const reveal = () => element.scrollIntoView?.({ block: "nearest" });
    reveal();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(reveal);
    observer.observe(element);
    const stop = setTimeout(() => observer.disconnect(), 1000);
    return () => {
      clearTimeout(stop);
      observer.disconnect();
    };
  }, [notice, busy]);
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} block className={styles.heading}>
        {title}
      </Subtitle2>
      {intro !== undefined && <Body1 block>{intro}</Body1>}
      {children}
      <div ref={status} className={styles.status} role="status" aria-live="polite" data-panel-status={id}>
        {busy !== null && <Spinner size="tiny" label={busy} />}
        {notice !== null && busy === null && (
          <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : undefined}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {after}
    </section>
  );
}
