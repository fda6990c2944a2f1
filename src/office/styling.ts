import { columnName } from "../core/address";
import { COLOURS, type SheetStyle, widthInPoints } from "../sheets/style";
import { type Batch, payloadBytes } from "./batch";
import type { ExcelHost } from "./host";

/** The edges a table's thin grid is drawn with (Excel.BorderIndex). */
const GRID = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Each style operation is a small request of its own; counted so the batch stays under Excel on the web's limit. */
const OPERATION_BYTES = payloadBytes("");

/**
 * Puts a layout's look into a sheet (see src/sheets/style.ts), queued in the batch without syncing:
 * grid borders, the computed cells' fill, the input cells' shade (unlocked), the headers' fill, bold,
 * wrap and lower border, the column widths; where the host has them, the frozen header rows
 * (ExcelApi 1.7), the drop-downs (1.8) and the print set-up (1.9). What the host lacks is left out:
 * the sheet's figures never depend on its look.
 */
export async function applyStyle(batch: Batch, sheet: Excel.Worksheet, style: SheetStyle, host: ExcelHost): Promise<void> {
  const at = async (address: string) => {
    await batch.reserve(OPERATION_BYTES);
    return sheet.getRange(address);
  };
  for (const address of style.tables) {
    const range = await at(address);
    for (const edge of GRID) {
      const border = range.format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = COLOURS.border;
    }
  }
  for (const address of style.computed) (await at(address)).format.fill.color = COLOURS.computed;
  for (const address of style.inputs) {
    const range = await at(address);
    range.format.fill.color = COLOURS.input;
    range.format.protection.locked = false;
  }
  for (const address of style.headers) {
    const range = await at(address);
    range.format.fill.color = COLOURS.header;
    range.format.font.bold = true;
    range.format.wrapText = true;
    range.format.verticalAlignment = "Center";
    const below = range.format.borders.getItem("EdgeBottom");
    below.style = "Continuous";
    below.weight = "Medium";
    below.color = "#000000";
  }
  for (const [c, width] of style.widths.entries()) {
    const column = `${columnName(c)}:${columnName(c)}`;
    (await at(column)).format.columnWidth = widthInPoints(width);
  }
  if (style.freezeRows > 0 && host.freezePanes) {
    await batch.reserve(OPERATION_BYTES);
    sheet.freezePanes.freezeRows(style.freezeRows);
  }
  if (host.dataValidation) {
    for (const { address, source } of style.validations) {
      // The choices as a Range (documented for ListDataValidation.source): no formula text to localize.
      const choices = (source.sheet === null ? sheet : sheet.context.workbook.worksheets.getItem(source.sheet)).getRange(source.address);
      (await at(address)).dataValidation.rule = { list: { inCellDropDown: true, source: choices } };
    }
  }
  if (host.pageLayout) {
    await batch.reserve(OPERATION_BYTES);
    sheet.pageLayout.orientation = "Landscape";
    if (style.printTitleRows !== null) sheet.pageLayout.setPrintTitleRows(style.printTitleRows);
  }
}
