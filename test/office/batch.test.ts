import { Batch, payloadBytes } from "../../src/office/batch";
import { fakeContext, FakeWorkbookData, REQUEST_LIMIT_BYTES } from "../../tools/dev/fakeExcel";

describe("Batch: every request under the size limit", () => {
  it("syncs before a write would take the pending request past the budget, never in between", async () => {
    const data = new FakeWorkbookData();
    data.put("Ark1", "A1", [[1]]);
    const context = fakeContext(data);
    const batch = new Batch(context, 1000);
    const rows = Array.from({ length: 10 }, (_x, i) => [`=A${i + 1}*2`, "x".repeat(100)]);
    for (const [i, row] of rows.entries()) {
      await batch.reserve(payloadBytes([row]));
      context.workbook.worksheets.getItem("Ark1").getRange(`B${i + 1}:C${i + 1}`).formulas = [row] as never;
    }
    await batch.sync();
    expect(context.stats.syncs).toBe(batch.syncs);
    expect(batch.syncs).toBeGreaterThan(1);
    expect(Math.max(...context.stats.requestBytes)).toBeLessThanOrEqual(1000);
    expect(data.toSheets().Ark1[9]).toEqual([null, "=A10*2", "x".repeat(100)]);
  });

  it("the fake Excel refuses a request over 5 MB, as Excel on the web does", async () => {
    const data = new FakeWorkbookData();
    data.put("Ark1", "A1", [[1]]);
    const context = fakeContext(data);
    context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [["x".repeat(REQUEST_LIMIT_BYTES)]];
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});
