/**
 * @jest-environment jsdom
 */
/*
 * The incentive-model screen's state machine (useModelWorkflow), driven directly with renderHook and
 * the real gateway over the in-memory Excel: reading, problems, applying, the name question, failure.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { workbookGateway } from "../../src/office/gateway";
import { STRINGS } from "../../src/taskpane/strings";
import { useModelWorkflow } from "../../src/taskpane/ModelWorkflow/useModelWorkflow";
import { fakeContext, FakeWorkbookData } from "../../tools/dev/fakeExcel";
import { PUPILS, pupilRows } from "../../tools/seeds";
import { pupilBook } from "../../tools/dev/pupilList";


const book = pupilBook;

/** The hook on a workbook, its tables and model listed. */
async function hook(data: FakeWorkbookData) {
  const gateway = workbookGateway((work) => work(fakeContext(data)));
  const rendered = renderHook(() => useModelWorkflow(gateway, STRINGS.da.flow, 2023, "da"));
  await waitFor(() => expect(rendered.result.current.state.table).toBe("Elevliste"));
  return rendered;
}

describe("useModelWorkflow", () => {
  it("starts from the workbook: its tables, the default profiles, the school year given", async () => {
    const { result } = await hook(book());
    expect(result.current.state).toMatchObject({ tables: [{ name: "Elevliste" }], profile: "Hedensted 2022/23", schoolYear: 2023, busy: null, notice: null, list: null });
  });

  it("reading: busy while the list is read, then the list, its guessed columns and no problems", async () => {
    const { result } = await hook(book());
    let reading!: Promise<void>;
    act(() => {
      reading = result.current.readTable();
    });
    expect(result.current.state.busy).toBe("reading");
    await act(() => reading);
    const { state } = result.current;
    expect(state.busy).toBeNull();
    expect(state.list?.rows).toHaveLength(PUPILS.length);
    expect(state.mapping).toMatchObject({ school: 1, cost: 2 });
    expect(state.problems).toEqual([]);
  });

  it("problems: a cost typed as text is a problem at its cell; correcting the column mapping checks again", async () => {
    const rows = pupilRows(PUPILS);
    rows[1][2] = "mange penge";
    const { result } = await hook(book(rows));
    await act(() => result.current.readTable());
    expect(result.current.state.problems).toHaveLength(1);
    expect(result.current.state.problems[0].at).toEqual({ row: 2, column: 3 }); // 1-based within the list
    act(() => result.current.setColumn("cost", null));
    expect(result.current.state.problems.map((p) => p.message.en)).toEqual(["Choose the column for annual cost"]);
  });

  it("applying: busy, then the result sheet, a success notice that says it tied out, and the summary per school", async () => {
    const data = book();
    const { result } = await hook(data);
    await act(() => result.current.readTable());
    let applying!: Promise<void>;
    act(() => {
      applying = result.current.apply();
    });
    expect(result.current.state.busy).toBe("applying");
    await act(() => applying);
    const { state } = result.current;
    expect(state.resultSheet).toBe("Resultat 2023-24");
    expect(state.notice?.intent).toBe("success");
    expect(state.notice?.text).toMatch(/Resultat 2023-24[^]*Læst tilbage: alle [\d.]+ tal på arket stemmer med beregningen til øret\. 7 elever i listen = 7 talt på arket \+ 0 med problemer\./);
    expect(state.summary?.length).toBeGreaterThan(0);
    expect(data.sheets.map((sheet) => sheet.name)).toContain("Resultat 2023-24");
  });

  it("the name question: applying again asks; cancel writes nothing, a new name writes beside the first", async () => {
    const data = book();
    const { result } = await hook(data);
    await act(() => result.current.readTable());
    await act(() => result.current.apply());
    await act(() => result.current.apply());
    const question = result.current.state.question;
    expect(question).toMatchObject({ name: "Resultat 2023-24", freeName: "Resultat 2023-24 (2)" });
    const sheets = data.sheets.map((sheet) => sheet.name);
    act(() => question!.answer("cancel"));
    expect(result.current.state.question).toBeNull();
    expect(data.sheets.map((sheet) => sheet.name)).toEqual(sheets);
    await act(() => result.current.apply());
    act(() => result.current.state.question!.answer("newName"));
    await waitFor(() => expect(result.current.state.resultSheet).toBe("Resultat 2023-24 (2)"));
    expect(data.sheets.map((sheet) => sheet.name)).toContain("Resultat 2023-24 (2)");
  });

  it("failure: a table gone from the workbook becomes an error notice in plain words, and the pane is free again", async () => {
    const data = book();
    const { result } = await hook(data);
    data.tables.length = 0;
    await act(() => result.current.readTable());
    expect(result.current.state.busy).toBeNull();
    expect(result.current.state.notice?.intent).toBe("error");
    expect(result.current.state.notice?.text).toMatch(/^Det lykkedes ikke/);
    expect(result.current.state.list).toBeNull();
  });
});
