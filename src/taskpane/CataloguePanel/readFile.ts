import type { ZipPart, ZipProblem } from "../../core/zip";
import { MOST_XLSX_BYTES, NOT_READ, type NotRead, xlsxSheets } from "../../core/xlsxValues";
import type { SheetGrid } from "../../core/check";

/** Said where the browser cannot unpack a zip (DecompressionStream with "deflate-raw": Edge/Chrome 103+, Safari 16.4+). */
export const NO_INFLATE: NotRead = {
  da: "denne Excel kan ikke pakke .xlsx-filer ud i ruden: brug kommandolinjens catalogue, eller åbn forslaget i projektmappen",
  en: "this Excel cannot unpack .xlsx files in the pane: use the command line's catalogue, or open the proposal in the workbook",
};

/**
 * A part inflated by the browser's own DecompressionStream, read chunk by chunk and stopped at the
 * first byte beyond the size the part declares (a bomb never fills the memory).
 */
export async function inflateInBrowser(stored: Uint8Array, part: ZipPart): Promise<Uint8Array | ZipProblem> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = new Blob([stored as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > part.size) {
        await reader.cancel();
        return { kind: "bomb", part: part.name, size: part.size, stored: part.stored, beyondDeclared: true };
      }
      chunks.push(value);
    }
  } catch {
    return { kind: "damaged", part: part.name };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A picked file's sheets as last calculated, or why not: its size decided before its bytes are read. */
export async function readProposalFile(file: File): Promise<{ readonly sheets: readonly SheetGrid[] } | { readonly notRead: NotRead }> {
  if (file.size > MOST_XLSX_BYTES) return { notRead: NOT_READ.tooLarge(file.size) };
  if (typeof DecompressionStream === "undefined") return { notRead: NO_INFLATE };
  try {
    new DecompressionStream("deflate-raw");
  } catch {
    return { notRead: NO_INFLATE };
  }
  return xlsxSheets(new Uint8Array(await file.arrayBuffer()), inflateInBrowser);
}
