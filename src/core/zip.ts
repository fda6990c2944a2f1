/**
 * A zip file's parts (the part without Node: the pane reads picked files with it too), read with their sizes decided before their contents (issue #28): the central
 * directory at the end of the file says what each part is and how large it says it is; a part is
 * inflated only when that size is within bounds, never beyond the size it declares, and its CRC-32
 * is compared. So a zip bomb (a few MB inflating to GB) is refused from its directory, or at the
 * first byte beyond what it declared, not after the memory is gone. Nothing here throws for a
 * file's contents: every problem is an answer.
 */

/** The most a single part, and all parts together, may inflate to. */
export const MOST_INFLATED_BYTES = 128 * 1024 * 1024;
/** The most a part over {@link RATIO_FROM_BYTES} may inflate per byte stored: deflate's own limit is about 1.032. */
export const MOST_RATIO = 200;
const RATIO_FROM_BYTES = 1024 * 1024;
/** The most parts a zip may list: an .xlsx has tens. */
export const MOST_PARTS = 10_000;

export interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly stored: number;
  readonly size: number;
  readonly offset: number;
}

/** What is wrong with a zip, in words for the line of its file. */
export type ZipProblem =
  | { readonly kind: "damaged"; readonly part?: string }
  /** A part that unpacks beyond what it declares (`size`), or declares an unpacking beyond the ratio. */
  | { readonly kind: "bomb"; readonly part: string; readonly size: number; readonly stored: number; readonly beyondDeclared: boolean }
  | { readonly kind: "tooLarge"; readonly size: number }
  | { readonly kind: "encryptedPart"; readonly part: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The parts a zip's central directory lists, or what is wrong with it. */
export function centralDirectory(bytes: Uint8Array): ZipPart[] | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end record: its signature within the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i -= 1) {
    if (u32(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { kind: "damaged" };
  const count = u16(end + 10);
  const size = u32(end + 12);
  const start = u32(end + 16);
  // Zip64 (over 65.535 parts or 4 GB): far beyond any workbook this reads.
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff) return { kind: "tooLarge", size: Number.POSITIVE_INFINITY };
  if (count > MOST_PARTS || start + size > end) return { kind: "damaged" };
  const parts: ZipPart[] = [];
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || u32(at) !== CENTRAL) return { kind: "damaged" };
    const nameLength = u16(at + 28);
    const extra = u16(at + 30);
    const comment = u16(at + 32);
    if (at + 46 + nameLength > end) return { kind: "damaged" };
    parts.push({
      flags: u16(at + 8),
      method: u16(at + 10),
      crc: u32(at + 16),
      stored: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  const total = parts.reduce((n, p) => n + p.size, 0);
  if (total > MOST_INFLATED_BYTES) return { kind: "tooLarge", size: total };
  for (const p of parts) {
    if (p.size > RATIO_FROM_BYTES && p.size > MOST_RATIO * Math.max(p.stored, 1)) return { kind: "bomb", part: p.name, size: p.size, stored: p.stored, beyondDeclared: false };
    if ((p.flags & 1) !== 0) return { kind: "encryptedPart", part: p.name };
  }
  return parts;
}

let table: Int32Array | null = null;

/** CRC-32 (ISO 3309), as zip stores it. */
export function crc32(bytes: Uint8Array): number {
  if (table === null) {
    table = new Int32Array(256);
    // Stryker disable next-line EqualityOperator: equivalent, a typed array ignores a write past its end (table[256])
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < bytes.length; i += 1) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A problem, not bytes (by its kind: bytes from another realm, a test's Node buffer in jsdom, are no `instanceof Uint8Array` there). */
export function isProblem(x: Uint8Array | ZipProblem): x is ZipProblem {
  return "kind" in x;
}

/**
 * Where a part's stored bytes are (after its local header), or what is wrong: the first step of
 * reading a part, the same in Node (tools/zip.ts inflates with zlib) and in the pane (the browser's
 * DecompressionStream, CataloguePanel/readFile.ts).
 */
export function storedBytes(bytes: Uint8Array, part: ZipPart): Uint8Array | ZipProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = part.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { kind: "damaged", part: part.name };
  const data = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (data + part.stored > bytes.length) return { kind: "damaged", part: part.name };
  if (part.method !== 0 && part.method !== 8) return { kind: "damaged", part: part.name };
  return bytes.subarray(data, data + part.stored);
}

/** A part's inflated contents against what its directory entry declares: its size and its CRC. */
export function declared(contents: Uint8Array, part: ZipPart): boolean {
  return contents.length === part.size && crc32(contents) === part.crc;
}
