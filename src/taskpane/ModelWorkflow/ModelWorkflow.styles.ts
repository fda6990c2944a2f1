import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorkflowStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXL,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  grow: {
    flexGrow: 1,
    minWidth: "140px",
  },
  /** Three short numbers side by side at a pane's width (from, to, step). */
  narrow: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: "88px",
  },
  subheading: {
    fontWeight: tokens.fontWeightSemibold,
    marginTop: tokens.spacingVerticalS,
  },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  select: {
    width: "100%",
  },
  /** Why a button does nothing yet: quieter than an error, as nothing went wrong. */
  reason: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
