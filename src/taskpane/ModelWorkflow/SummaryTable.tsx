import { Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Dec } from "../../core/decimal";
import type { SchoolSummary } from "../../core/pupils";
import type { UiLanguage } from "../../office/host";
import { columnDecimals, formatAmount } from "../format";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  amountHeader: {
    textAlign: "right",
  },
  amount: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export interface SummaryTableProps {
  readonly language: UiLanguage;
  /** One line per school, as the model was applied. */
  readonly summary: readonly SchoolSummary[];
}

/** What each school pays and what the administration pays, per school and in total, in kroner. */
export function SummaryTable({ language, summary }: SummaryTableProps) {
  const styles = useStyles();
  const t = STRINGS[language].flow;
  const totals = { pays: summary.reduce((s, l) => s.plus(l.pays), new Dec(0)), central: summary.reduce((s, l) => s.plus(l.central), new Dec(0)) };
  // One number of decimals per column: øre shown throughout a column when any of its amounts has them.
  const decimals = {
    pays: columnDecimals([...summary.map((l) => l.pays), totals.pays]),
    central: columnDecimals([...summary.map((l) => l.central), totals.central]),
  };
  return (
    <Table aria-label={t.summaryHeading} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.school}</TableHeaderCell>
          <TableHeaderCell className={styles.amountHeader}>{t.schoolPays}</TableHeaderCell>
          <TableHeaderCell className={styles.amountHeader}>{t.administrationPays}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.map((line) => (
          <TableRow key={line.school}>
            <TableCell>
              {line.school}
              <Caption1 block>{t.pupilsCount(line.pupils)}</Caption1>
            </TableCell>
            <TableCell className={styles.amount}>{formatAmount(line.pays, language, decimals.pays)}</TableCell>
            <TableCell className={styles.amount}>{formatAmount(line.central, language, decimals.central)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>
            {t.total}
            <Caption1 block>{t.pupilsCount(summary.reduce((n, l) => n + l.pupils, 0))}</Caption1>
          </TableCell>
          <TableCell className={styles.amount}>{formatAmount(totals.pays, language, decimals.pays)}</TableCell>
          <TableCell className={styles.amount}>{formatAmount(totals.central, language, decimals.central)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
