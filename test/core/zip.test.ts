/**
 * The zip directory both the command line and the pane read (src/core/zip.ts), bound by bound: the
 * end record where it may be, the directory's entries checked against the file's end, Zip64 and too
 * many parts refused, a declared size over the limit or a ratio of a bomb refused before anything is
 * inflated, an encrypted part named; a part's stored bytes found behind its own header, and its
 * contents held to the size and CRC it declares. (test/tools/hostile.test.ts sends such files through
 * the command; these hold each bound on its own, which mutation testing runs.)
 */
import { centralDirectory, crc32, declared, isProblem, MOST_INFLATED_BYTES, MOST_PARTS, storedBytes, type ZipPart } from "../../src/core/zip";
import { part, zip } from "../support/hostile";

const good = zip([part("a.xml", "<a/>"), part("b.xml", "<b>tekst</b>")]);
/** The end record's offset: its signature within the last 22 bytes of a zip without a comment. */
const END = good.length - 22;

function edited(bytes: Buffer, at: number, write: (b: Buffer) => void): Buffer {
  const copy = Buffer.from(bytes);
  write(copy.subarray(at));
  return copy;
}

describe("a zip's directory, bound by bound", () => {
  it("lists each part with its name, method, sizes, CRC and offset", () => {
    const parts = centralDirectory(good) as ZipPart[];
    expect(parts.map((p) => [p.name, p.method, p.size, p.flags])).toEqual([
      ["a.xml", 8, 4, 0],
      ["b.xml", 8, 12, 0],
    ]);
    expect(parts[0].offset).toBe(0);
    expect(parts[1].offset).toBeGreaterThan(30);
    expect(parts[0].crc).toBe(crc32(Buffer.from("<a/>")));
    expect(parts[0].stored).toBeGreaterThan(0);
  });

  it("steps over an entry's comment to the next entry", () => {
    const start = good.readUInt32LE(END + 16);
    const firstEnds = start + 46 + good.readUInt16LE(start + 28);
    // Three bytes of comment on the first entry: the directory and everything after it 3 bytes longer.
    const commented = Buffer.concat([good.subarray(0, firstEnds), Buffer.from("abc"), good.subarray(firstEnds)]);
    commented.writeUInt16LE(3, start + 32);
    commented.writeUInt32LE(good.readUInt32LE(END + 12) + 3, END + 3 + 12);
    expect((centralDirectory(commented) as ZipPart[]).map((p) => p.name)).toEqual(["a.xml", "b.xml"]);
  });

  it("finds the end record behind a comment of up to 64 KB, not further back", () => {
    const withComment = (length: number) => {
      const b = Buffer.concat([good, Buffer.alloc(length, 0x20)]);
      b.writeUInt16LE(length, END + 20);
      return b;
    };
    expect(Array.isArray(centralDirectory(withComment(100)))).toBe(true);
    expect(Array.isArray(centralDirectory(withComment(65535)))).toBe(true);
    expect(centralDirectory(Buffer.concat([good, Buffer.alloc(65536, 0x20)]))).toEqual({ kind: "damaged" });
    expect(centralDirectory(good.subarray(0, END))).toEqual({ kind: "damaged" });
    expect(centralDirectory(Buffer.alloc(21))).toEqual({ kind: "damaged" });
  });

  it("refuses Zip64's markers, more parts than a workbook has, and a directory reaching past the end record", () => {
    expect(centralDirectory(edited(good, END + 10, (b) => b.writeUInt16LE(0xffff, 0)))).toEqual({ kind: "tooLarge", size: Number.POSITIVE_INFINITY });
    expect(centralDirectory(edited(good, END + 16, (b) => b.writeUInt32LE(0xffffffff, 0)))).toEqual({ kind: "tooLarge", size: Number.POSITIVE_INFINITY });
    expect(centralDirectory(edited(good, END + 12, (b) => b.writeUInt32LE(0xffffffff, 0)))).toEqual({ kind: "tooLarge", size: Number.POSITIVE_INFINITY });
    expect(centralDirectory(edited(good, END + 10, (b) => b.writeUInt16LE(MOST_PARTS + 1, 0)))).toEqual({ kind: "damaged" });
    // Exactly MOST_PARTS is not refused for its count (then the directory is too short for them).
    expect(centralDirectory(edited(good, END + 10, (b) => b.writeUInt16LE(MOST_PARTS, 0)))).toEqual({ kind: "damaged" });
    const start = good.readUInt32LE(END + 16);
    expect(centralDirectory(edited(good, END + 12, (b) => b.writeUInt32LE(END - start + 1, 0)))).toEqual({ kind: "damaged" });
    expect(Array.isArray(centralDirectory(edited(good, END + 12, (b) => b.writeUInt32LE(END - start, 0))))).toBe(true);
  });

  it("refuses an entry without its signature, or whose name runs past the end record", () => {
    const start = good.readUInt32LE(END + 16);
    expect(centralDirectory(edited(good, start, (b) => b.writeUInt32LE(0x12345678, 0)))).toEqual({ kind: "damaged" });
    expect(centralDirectory(edited(good, start + 28, (b) => b.writeUInt16LE(60000, 0)))).toEqual({ kind: "damaged" });
    // One more part than the directory holds: the second entry would start in the end record.
    expect(centralDirectory(edited(good, END + 10, (b) => b.writeUInt16LE(3, 0)))).toEqual({ kind: "damaged" });
  });

  it("refuses inflated sizes over the limit together, a part of a bomb's ratio, and an encrypted part, before inflating anything", () => {
    const big = { ...part("x.xml", "x"), size: MOST_INFLATED_BYTES + 1 };
    expect(centralDirectory(zip([big]))).toEqual({ kind: "tooLarge", size: MOST_INFLATED_BYTES + 1 });
    const halves = [{ ...part("x.xml", "x"), size: MOST_INFLATED_BYTES / 2 }, { ...part("y.xml", "y"), size: MOST_INFLATED_BYTES / 2 + 1 }];
    expect(centralDirectory(zip(halves))).toEqual({ kind: "tooLarge", size: MOST_INFLATED_BYTES + 1 });
    const exactly = [{ ...part("x.xml", "x"), size: MOST_INFLATED_BYTES / 2, data: Buffer.alloc(MOST_INFLATED_BYTES / 256) }, { ...part("y.xml", "y"), size: MOST_INFLATED_BYTES / 2, data: Buffer.alloc(MOST_INFLATED_BYTES / 256) }];
    expect(Array.isArray(centralDirectory(zip(exactly)))).toBe(true);
    // Over 1 MB and over 200 times what it stores: a bomb. At 200 times, or under 1 MB, not.
    const ratio = (size: number, stored: number) => centralDirectory(zip([{ ...part("x.xml", "x"), size, data: Buffer.alloc(stored) }]));
    expect(ratio(2_000_001, 10_000)).toEqual({ kind: "bomb", part: "x.xml", size: 2_000_001, stored: 10_000, beyondDeclared: false });
    expect(Array.isArray(ratio(2_000_000, 10_000))).toBe(true);
    expect(Array.isArray(ratio(1024 * 1024, 10))).toBe(true);
    expect(ratio(1024 * 1024 + 1, 0)).toMatchObject({ kind: "bomb" });
    const encrypted = zip([part("a.xml", "<a/>")]);
    encrypted.writeUInt16LE(1, encrypted.readUInt32LE(encrypted.length - 22 + 16) + 8);
    expect(centralDirectory(encrypted)).toEqual({ kind: "encryptedPart", part: "a.xml" });
  });

  it("CRC-32 as zip computes it", () => {
    // Its table is made at the first call: in a module loaded here, so this test makes it (the file's
    // zips above were made with the module this file imports, before any test ran).
    let fresh: typeof crc32 = crc32;
    jest.isolateModules(() => {
      fresh = (require("../../src/core/zip") as { crc32: typeof crc32 }).crc32;
    });
    expect(fresh).not.toBe(crc32);
    expect(fresh(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(fresh(Buffer.from("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(new Uint8Array([0xff]))).toBe(0xff000000);
  });

  it("a part's stored bytes behind its local header, or damaged: a wrong signature, data past the end, an unknown method", () => {
    const parts = centralDirectory(good) as ZipPart[];
    const stored = storedBytes(good, parts[1]);
    expect(isProblem(stored)).toBe(false);
    expect((stored as Uint8Array).length).toBe(parts[1].stored);
    expect(storedBytes(edited(good, parts[1].offset, (b) => b.writeUInt32LE(0, 0)), parts[1])).toEqual({ kind: "damaged", part: "b.xml" });
    expect(storedBytes(good, { ...parts[1], stored: good.length })).toEqual({ kind: "damaged", part: "b.xml" });
    expect(storedBytes(good, { ...parts[1], offset: good.length - 29 })).toEqual({ kind: "damaged", part: "b.xml" });
    expect(storedBytes(good, { ...parts[1], method: 12 })).toEqual({ kind: "damaged", part: "b.xml" });
    expect(isProblem(storedBytes(good, { ...parts[1], method: 0 }))).toBe(false);
  });

  it("holds inflated contents to the size and the CRC the part declares", () => {
    const [a] = centralDirectory(good) as ZipPart[];
    expect(declared(Buffer.from("<a/>"), a)).toBe(true);
    expect(declared(Buffer.from("<a/ "), a)).toBe(false);
    expect(declared(Buffer.from("<a/>x"), a)).toBe(false);
    // The size on its own: any bytes followed by their CRC (4 bytes, little-endian) have the CRC
    // 0x2144DF1C, so "a" and "abc" so followed share a CRC at 5 and 7 bytes.
    const withCrc = (text: string) => {
      const b = Buffer.alloc(text.length + 4);
      b.write(text, 0);
      b.writeUInt32LE(crc32(Buffer.from(text)), text.length);
      return b;
    };
    expect([crc32(withCrc("a")), crc32(withCrc("abc"))]).toEqual([0x2144df1c, 0x2144df1c]);
    const seven = { ...a, size: 7, crc: 0x2144df1c };
    expect(declared(withCrc("abc"), seven)).toBe(true);
    expect(declared(withCrc("a"), seven)).toBe(false);
  });

  it("finds the stored bytes behind a local header's name and extra field, to the last byte of the file", () => {
    // A local header of 30 bytes, a name of 1 byte and an extra field of 4, then 3 bytes stored.
    const local = Buffer.alloc(30 + 1 + 4 + 3);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(1, 26);
    local.writeUInt16LE(4, 28);
    local.write("x", 30);
    local.write("abc", 35);
    const entry: ZipPart = { name: "x", method: 0, flags: 0, crc: crc32(Buffer.from("abc")), stored: 3, size: 3, offset: 0 };
    expect(Buffer.from(storedBytes(local, entry) as Uint8Array).toString()).toBe("abc");
    // A header that ends exactly where the file does holds a part of nothing.
    const bare = local.subarray(0, 30);
    bare.writeUInt16LE(0, 26);
    bare.writeUInt16LE(0, 28);
    expect(Buffer.from(storedBytes(bare, { ...entry, stored: 0 }) as Uint8Array).length).toBe(0);
    expect(storedBytes(bare.subarray(0, 29), { ...entry, stored: 0 })).toEqual({ kind: "damaged", part: "x" });
  });
});
