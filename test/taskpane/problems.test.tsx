/**
 * @jest-environment jsdom
 */
/*
 * Every kind of problem in a pupil list, as the pane shows it: in the words of a spreadsheet, with
 * Excel's cell address and Danish dates (issue 15), before anything is written.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { serialOf } from "../../src/core/dates";
import type { PupilProblem } from "../../src/core/pupils";
import { workbookGateway } from "../../src/office/gateway";
import { App } from "../../src/taskpane/App";
import { fakeContext } from "../../tools/dev/fakeExcel";
import { pupilBook } from "../../tools/dev/pupilList";

// jsdom does no layout and has no ResizeObserver, which Fluent's MessageBar asks for; a browser has one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const d = serialOf;
const valid = (name: string, school = "Skole A"): unknown[] => [name, school, 100000, d(2023, 8, 1), null, null, null];

/** One pupil per problem kind, from Excel row 2 (the headers are in row 1), and what the pane must say. */
const CASES: readonly [PupilProblem["kind"], unknown[], RegExp][] = [
  ["missingSchool", ["P2", null, 100000, d(2023, 8, 1), null, null, null], /^Ingen betalende skole i celle B3$/],
  ["schoolNotName", ["P3", true, 100000, d(2023, 8, 1), null, null, null], /^Skolen i celle B4 er SAND; en skole er et navn eller en kode$/],
  ["missingCost", ["P4", "Skole A", null, d(2023, 8, 1), null, null, null], /^Ingen årlig udgift i celle C5$/],
  ["costNotNumber", ["P5", "Skole A", "mange", d(2023, 8, 1), null, null, null], /^Udgiften i celle C6 er teksten "mange", ikke et tal$/],
  ["negativeCost", ["P6", "Skole A", -1, d(2023, 8, 1), null, null, null], /^Udgiften i celle C7 er negativ$/],
  ["missingStart", ["P7", "Skole A", 100000, null, null, null, null], /^Ingen startdato i celle D8$/],
  ["dateNotDate", ["P8", "Skole A", 100000, "1. aug.", null, null, null], /^Feltet startdato i celle D9 er teksten "1. aug.", ikke en dato$/],
  ["endBeforeStart", ["P9", "Skole A", 100000, d(2023, 9, 1), d(2023, 8, 15), null, null], /^Slut \(15-08-2023\) ligger før start \(01-09-2023\) i celle E10$/],
  ["unknownCategory", ["P10", "Skole A", 100000, d(2023, 8, 1), null, "ukendt", null], /^Kategorien i celle F11: ukendt kategori "ukendt"; forventede tom eller en af /],
  ["schoolSpelling", ["P11", "Skole-A", 100000, d(2023, 8, 1), null, null, null], /"Skole A", "Skole-A" \(fx i celle B12\)/],
];

/** Opens the pane (Danish) on the workbook and reads its table. */
async function readList(data: ReturnType<typeof pupilBook>): Promise<void> {
  const gateway = workbookGateway((work) => work(fakeContext(data)));
  render(
    <FluentProvider theme={webLightTheme}>
      <App language="da" gateway={gateway} schoolYear={2023} />
    </FluentProvider>,
  );
  const read = await screen.findByRole("button", { name: "Hent tabellen" });
  await waitFor(() => expect((read as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(read);
}

describe("the problems of a pupil list, in the words of a spreadsheet", () => {
  it("names Excel's cell address for every kind of problem, dates as Danish Excel shows them, and the click selects that cell", async () => {
    const data = pupilBook([valid("P1"), ...CASES.map(([, row]) => row)]);
    await readList(data);
    const list = await screen.findByRole("list", { name: `${CASES.length} problemer i listen` });
    const texts = within(list)
      .getAllByRole("listitem")
      .map((item) => item.querySelector("span")?.textContent?.trim() ?? "");
    expect(texts).toHaveLength(CASES.length);
    CASES.forEach(([kind, , said], i) => expect({ kind, text: texts[i] }).toEqual({ kind, text: expect.stringMatching(said) }));
    // "Vis" selects the cell the problem names.
    fireEvent.click(within(within(list).getAllByRole("listitem")[7]).getByRole("button"));
    await waitFor(() => expect(data.selected).toBe("Elever!E10"));
  });

  it("a column not chosen is named by its role, since it has no cell", async () => {
    const data = pupilBook([valid("P1")]);
    await readList(data);
    fireEvent.change(await screen.findByRole("combobox", { name: "Årlig udgift" }), { target: { value: "none" } });
    expect(await screen.findByText("Vælg kolonnen for årlig udgift")).toBeTruthy();
  });
});
