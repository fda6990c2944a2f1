/**
 * A zip part inflated in Node (src/core/zip.ts reads the directory and finds the part): never beyond
 * the size it declares (a part that inflates further is a bomb, stopped there), its CRC compared.
 */
import { inflateRawSync } from "node:zlib";
import { declared, isProblem, storedBytes, type ZipPart, type ZipProblem } from "../src/core/zip";

export { centralDirectory, crc32, MOST_INFLATED_BYTES, MOST_PARTS, MOST_RATIO, type ZipPart, type ZipProblem } from "../src/core/zip";

/**
 * A part's contents: inflated to at most the size it declares (a part that inflates further is a
 * bomb, stopped there), its CRC compared; or what is wrong with it.
 */
export function partContents(bytes: Buffer, part: ZipPart): Buffer | ZipProblem {
  const stored = storedBytes(bytes, part);
  if (isProblem(stored)) return stored;
  let contents: Buffer;
  if (part.method === 0) contents = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  else if (part.method === 8) {
    try {
      contents = inflateRawSync(stored, { maxOutputLength: Math.max(part.size, 1) });
    } catch (error) {
      const beyond = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
      return beyond ? { kind: "bomb", part: part.name, size: part.size, stored: part.stored, beyondDeclared: true } : { kind: "damaged", part: part.name };
    }
  } else return { kind: "damaged", part: part.name };
  if (!declared(contents, part)) return { kind: "damaged", part: part.name };
  return contents;
}
