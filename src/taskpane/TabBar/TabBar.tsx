import { createCustomFocusIndicatorStyle, type GriffelStyle, makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from "@fluentui/react-components";
import { type KeyboardEvent, useRef } from "react";

/*
 * The pane's tab bar: Fluent UI's small TabList, drawn the same (its styles, below, are Fluent's for
 * a small horizontal tab) and used the same (the WAI-ARIA tabs pattern: the arrow keys, Home and End
 * move between the tabs, Enter or Space selects one, Tab leaves the bar). Not Fluent's TabList itself:
 * that brings Tabster, Fluent's keyboard-navigation engine (about 80 KB of the pane's first bundle,
 * which every opening of the pane parses before it comes alive), for what this bar needs of it, the
 * arrow keys (DEVELOPING decision 39).
 */

/** The line under a tab: the pointer's (::before) and the selected tab's (::after), where Fluent draws them. */
const INDICATOR: GriffelStyle = {
  content: '""',
  position: "absolute",
  borderRadius: tokens.borderRadiusCircular,
  bottom: 0,
  height: tokens.strokeWidthThick,
  left: tokens.spacingHorizontalSNudge,
  right: tokens.spacingHorizontalSNudge,
};

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "row",
    alignItems: "stretch",
    flexShrink: 0,
    flexWrap: "nowrap",
    position: "relative",
  },
  tab: {
    alignItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    display: "grid",
    flexShrink: 0,
    gridAutoFlow: "column",
    gridTemplateColumns: "auto",
    gridTemplateRows: "auto",
    justifyContent: "center",
    columnGap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: "none",
    position: "relative",
    overflow: "hidden",
    textTransform: "none",
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // The line under a tab the pointer is on (Fluent's pending indicator).
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    "::before": INDICATOR,
    "@media (forced-colors: active)": { ":hover::before": { backgroundColor: "Highlight" }, ":active::before": { backgroundColor: "Highlight" } },
  },
  focus: createCustomFocusIndicatorStyle<GriffelStyle>({
    ...shorthands.borderColor("transparent"),
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: "transparent",
    outlineStyle: "solid",
    boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
    zIndex: 1,
  }),
  /** The selected tab: its text in the strong colour and the brand line under it (Fluent's active indicator). */
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { ...INDICATOR, backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
      ":active::after": { backgroundColor: "ButtonText" },
    },
  },
  content: {
    ...typographyStyles.body1,
    overflow: "hidden",
    padding: `${tokens.spacingVerticalNone} ${tokens.spacingHorizontalXXS}`,
    gridColumnStart: 1,
    gridRowStart: 1,
  },
  strong: { ...typographyStyles.body1Strong },
  /** The label once more in the selected tab's weight, unseen in the same place: a tab is as wide selected as not. */
  reserved: { visibility: "hidden" },
});

export interface TabBarProps<T extends string> {
  /** The tabs, in order: the value each stands for and its label. */
  readonly tabs: readonly { readonly value: T; readonly label: string }[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
  readonly className?: string;
}

/** Which tab a key moves the focus to, from tab `at` of `count` (the arrows go round); null for any other key. */
export function tabAfterKey(key: string, at: number, count: number): number | null {
  if (key === "ArrowRight") return (at + 1) % count;
  if (key === "ArrowLeft") return (at - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

/** A row of tabs; only the selected one is in the page's Tab order, the arrow keys reach the others. */
export function TabBar<T extends string>({ tabs, selected, onSelect, className }: TabBarProps<T>) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>("[role=tab]") ?? []);
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const next = at < 0 ? null : tabAfterKey(event.key, at, buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next].focus();
  };
  return (
    <div ref={list} role="tablist" aria-orientation="horizontal" className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown}>
      {tabs.map(({ value, label }) => {
        const on = value === selected;
        return (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={on}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, styles.focus, on && styles.selected)}
            onClick={() => onSelect(value)}
          >
            <span className={mergeClasses(styles.content, on && styles.strong)}>{label}</span>
            {!on && (
              <span className={mergeClasses(styles.content, styles.strong, styles.reserved)} aria-hidden>
                {label}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
