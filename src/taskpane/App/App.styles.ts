import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  /** Four short tabs on one line in a 320-400 px pane; narrower than that they scroll rather than wrap. */
  tabs: {
    flexWrap: "nowrap",
    overflowX: "auto",
    flexShrink: 0,
  },
  heading: {
    margin: 0,
  },
});
