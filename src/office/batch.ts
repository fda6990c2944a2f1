import { type Box, rangeAddress } from "../core/address";

/**
 * Keeps each request to Excel under a size limit: writes report their estimated size, and the batch
 * syncs before a write would take the pending request past the limit. Excel on the web refuses
 * requests over 5 MB; 4 MB leaves room for what the estimate does not see.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes of a text in UTF-8 (counted by hand: not every host has TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The size of a payload as the request will carry it: its JSON in UTF-8, plus the operation's own. */
export function payloadBytes(payload: unknown): number {
  return utf8Length(JSON.stringify(payload)) + 200;
}

export class Batch {
  private pending = 0;
  /** Syncs this batch made. */
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queuing a write of `bytes`; syncs first when the request would grow past the budget. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.pending = 0;
    this.syncs += 1;
    await this.context.sync();
  }
}

/** Cells of a range per load: small enough that several loads fit one response. */
const SLICE_BYTES = 1024 * 1024;

/**
 * Queues loads of a rectangle of a sheet in row slices, so that no response grows past the budget
 * either (Excel on the web refuses responses over 5 MB too): `bytesPerCell` estimates a cell of the
 * loaded properties in JSON. The properties are there after the batch's next sync.
 */
export async function loadSlices(
  batch: Batch,
  sheet: Excel.Worksheet,
  box: Box,
  props: string,
  bytesPerCell: number,
): Promise<{ readonly box: Box; readonly range: Excel.Range }[]> {
  const rowsPerLoad = Math.max(1, Math.floor(SLICE_BYTES / (bytesPerCell * box.columns)));
  const slices: { box: Box; range: Excel.Range }[] = [];
  for (let row = box.row; row < box.row + box.rows; row += rowsPerLoad) {
    const rows = Math.min(rowsPerLoad, box.row + box.rows - row);
    await batch.reserve(rows * box.columns * bytesPerCell);
    slices.push({ box: { row, column: box.column, rows, columns: box.columns }, range: sheet.getRange(rangeAddress(row, box.column, rows, box.columns)).load(props) });
  }
  return slices;
}
