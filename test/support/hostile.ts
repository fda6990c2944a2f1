/**
 * Hostile workbooks, made by the tests themselves (issue #28): a minimal .xlsx from its parts, zipped
 * by a small writer of our own so a part's declared size, CRC and data can be made to lie; deflate
 * data that inflates to gigabytes of spaces from megabytes, written bit by bit without ever holding
 * the gigabytes.
 */
import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../tools/zip";

/** A zip part: its name, its bytes as stored, and what the directory says of it. */
export interface RawPart {
  readonly name: string;
  readonly data: Buffer;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  /** The size the directory declares inflated, and the CRC it declares. */
  readonly size: number;
  readonly crc: number;
}

/** A part as an honest zip would hold it: deflated, its size and CRC true. */
export function part(name: string, contents: string | Buffer): RawPart {
  const bytes = Buffer.isBuffer(contents) ? contents : Buffer.from(contents, "utf8");
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/** Parts into a zip file: local headers, data, the central directory and its end record. */
export function zip(parts: readonly RawPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, "utf8");
    // The local header and the directory's entry hold the same fields, the entry 2 bytes later
    // (it begins with the version that made it).
    const header = (signature: number, length: number, shift: number): Buffer => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, 4 + shift);
      b.writeUInt16LE(p.method, 8 + shift);
      b.writeUInt32LE(p.crc >>> 0, 14 + shift);
      b.writeUInt32LE(p.data.length, 18 + shift);
      b.writeUInt32LE(Math.min(p.size, 0xfffffffe), 22 + shift);
      b.writeUInt16LE(name.length, 26 + shift);
      return b;
    };
    const local = header(0x04034b50, 30, 0);
    const central = header(0x02014b50, 46, 2);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Raw deflate data that inflates to `bytes` spaces: one literal, then matches of 258 at distance 1
 * in a fixed-Huffman block (13 bits each, so about 1:1.270), written bit by bit.
 */
export function spacesDeflated(bytes: number): Buffer {
  const matches = Math.floor((bytes - 1) / 258);
  const rest = bytes - 1 - matches * 258;
  const out = Buffer.alloc(Math.ceil((3 + 8 + matches * 13 + rest * 8 + 7) / 8) + 2);
  let [at, bit] = [0, 0];
  const put = (value: number, length: number) => {
    for (let i = 0; i < length; i += 1) {
      if ((value >> i) & 1) out[at] |= 1 << bit;
      bit += 1;
      if (bit === 8) [at, bit] = [at + 1, 0];
    }
  };
  // Huffman codes are written most significant bit first: reversed into put's order.
  const code = (value: number, length: number) => {
    let reversed = 0;
    for (let i = 0; i < length; i += 1) reversed |= ((value >> i) & 1) << (length - 1 - i);
    put(reversed, length);
  };
  put(1, 1); // the last block
  put(1, 2); // fixed Huffman codes
  const literal = (byte: number) => code(0x30 + byte, 8); // literals 0-143: 8 bits from 00110000
  literal(0x20);
  for (let i = 0; i < matches; i += 1) {
    code(0b11000101, 8); // length 258: code 285, 8 bits from 11000000
    code(0, 5); // distance 1: code 0
  }
  for (let i = 0; i < rest; i += 1) literal(0x20);
  code(0, 7); // end of block: code 256, 7 bits 0000000
  return out.subarray(0, at + (bit > 0 ? 1 : 0));
}

/** A sheet part's XML around its rows. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The parts of a workbook around its sheets (name → sheet part), sheet i at xl/worksheets/sheet{i+1}.xml. */
export function workbookParts(sheets: readonly { name: string; xml: string | null }[], extra: readonly RawPart[] = []): RawPart[] {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const book = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  const bookRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`;
  return [
    part("[Content_Types].xml", types),
    part("_rels/.rels", rels),
    part("xl/workbook.xml", book),
    part("xl/_rels/workbook.xml.rels", bookRels),
    ...sheets.flatMap((s, i) => (s.xml === null ? [] : [part(`xl/worksheets/sheet${i + 1}.xml`, s.xml)])),
    ...extra,
  ];
}

/** A one-sheet workbook from its rows' XML. */
export function oneSheet(rows: string, name = "Ark1"): Buffer {
  return zip(workbookParts([{ name, xml: sheetXml(rows) }]));
}

/** A cell's XML: a number, an inline text, or a formula. */
export const cell = {
  number: (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`,
  text: (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`,
  formula: (ref: string, formula: string) => `<c r="${ref}"><f>${formula.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</f></c>`,
};
