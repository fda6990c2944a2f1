import { Body1, Button, Checkbox, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { WorkbookGateway } from "../../office/gateway";
import type { UiLanguage } from "../../office/host";
import { NumberField } from "../NumberField";
import { Panel } from "../Panel";
import { Question } from "../Question";
import { STRINGS } from "../strings";
import { readProposalFile } from "./readFile";
import { type ReadFile, useCatalogue } from "./useCatalogue";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  year: { width: "130px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hidden: { display: "none" },
});

export interface CataloguePanelProps {
  readonly language: UiLanguage;
  readonly gateway: WorkbookGateway;
  /** How a picked file is read (the browser's .xlsx reader; a stand-in in tests). */
  readonly readFile?: ReadFile;
}

/** Katalog under Kontrol: the proposals of this workbook and of picked files, one catalogue sheet, tied out. */
export function CataloguePanel({ language, gateway, readFile = readProposalFile }: CataloguePanelProps) {
  const styles = useStyles();
  const t = STRINGS[language].catalogue;
  const flow = STRINGS[language].flow;
  const { state, read, addFiles, removeFile, setFromWorkbook, setPriceYear, write, answer } = useCatalogue(gateway, language, readFile);
  const picker = useRef<HTMLInputElement>(null);
  const busy = state.busy === "reading" ? t.reading : state.busy === "writing" ? t.writing : null;
  const workbook = state.workbook;

  return (
    <Panel
      id="catalogue-heading"
      title={t.heading}
      intro={t.intro}
      notice={state.notice}
      busy={busy}
      after={
        (state.files.length > 0 || (workbook !== null && workbook.length > 0)) && (
          <ul className={styles.list} aria-label={t.proposalsHeading(state.files.reduce((n, f) => n + f.sources.length, workbook?.length ?? 0))}>
            {workbook !== null &&
              workbook.map((s) => (
                <li key={`wb:${s.proposal.sheet}`}>
                  <Body1>
                    {s.proposal.sheet}: {[s.proposal.number, s.proposal.title].filter((x) => x !== null).join(" ") || "—"}
                  </Body1>
                </li>
              ))}
            {state.files.map((f) => (
              <li key={`file:${f.name}`}>
                <Body1>
                  {f.name}: {f.notRead === null ? t.fileRead(f.sources.length) : t.fileNotRead(language === "da" ? f.notRead.da : f.notRead.en)}{" "}
                </Body1>
                <Link as="button" onClick={() => removeFile(f.name)} aria-label={t.remove(f.name)}>
                  {t.removeShort}
                </Link>
              </li>
            ))}
          </ul>
        )
      }
    >
      <div className={styles.row}>
        <Checkbox checked={state.fromWorkbook} label={t.fromWorkbook} onChange={(_e, data) => setFromWorkbook(data.checked === true)} />
        <Button disabled={state.busy !== null || !state.fromWorkbook} onClick={() => void read()}>
          {t.read}
        </Button>
      </div>
      <div className={styles.row}>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.pickFiles}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            // The same file picked again is read again.
            e.currentTarget.value = "";
            if (files.length > 0) void addFiles(files);
          }}
        />
        <Button disabled={state.busy !== null} onClick={() => picker.current?.click()}>
          {t.pickFiles}
        </Button>
      </div>
      <div className={styles.row}>
        <NumberField language={language} kind="whole" className={styles.year} label={t.priceYear} value={state.priceYear} min={1900} max={9999} step={1} onChange={setPriceYear} />
        <Button appearance="primary" disabled={state.busy !== null} onClick={() => void write()}>
          {t.write}
        </Button>
      </div>
      <Question
        open={state.question !== null}
        title={flow.nameTakenTitle}
        text={state.question === null ? "" : t.nameTaken(state.question.name, state.question.freeName)}
        answers={[
          { label: flow.useNewName(state.question?.freeName ?? ""), onClick: () => answer("newName") },
          { label: flow.replace, onClick: () => answer("replace") },
          { label: flow.cancel, onClick: () => answer("cancel") },
        ]}
        onDismiss={() => answer("cancel")}
      />
    </Panel>
  );
}
