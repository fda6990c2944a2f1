/**
 * The worker `check` runs each file in (issue #28): the built command itself (dist-cli/cli.js) started
 * as a worker thread. It opens the file only as a regular file, reads no more than the limit, and
 * answers the file's outcome. The command gives it a memory limit and a time per file, and starts a
 * fresh one when it is stopped.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { checkBytes, MOST_FILE_BYTES, NOT_CHECKED, type NotChecked, type Outcome, reasonOf, REFUSED } from "./checkFile";

/**
 * A file's bytes: opened without waiting (a pipe would block an open for reading), its kind taken
 * from the open file itself (it may have changed since it was listed), read only if it is a regular
 * file within the size limit.
 */
export function readBounded(file: string): Buffer | NotChecked {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return reasonOf(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return NOT_CHECKED.folder;
    if (!stat.isFile()) return NOT_CHECKED.special;
    if (stat.size > MOST_FILE_BYTES) return REFUSED.fileTooLarge(stat.size);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    return reasonOf(error);
  } finally {
    closeSync(fd);
  }
}

/** One file's outcome; with its computed sheets when `keepSheets` (the catalogue reads the proposals from them). */
export async function checkPath(file: string, keepSheets = false): Promise<Outcome> {
  const bytes = readBounded(file);
  return Buffer.isBuffer(bytes) ? checkBytes(bytes, keepSheets) : { kind: "notChecked", why: bytes };
}

/** What the worker is sent: a file to check, with or without its sheets back. */
export interface CheckRequest {
  readonly file: string;
  readonly keepSheets: boolean;
}

/** In the worker: answers each file it is sent. */
export function serveChecks(): void {
  parentPort?.on("message", (request: CheckRequest) => {
    void checkPath(request.file, request.keepSheets).then((outcome) => parentPort?.postMessage(outcome));
  });
}
