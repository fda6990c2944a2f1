/**
 * The command line's entry: `node dist-cli/cli.js <command> …` (see tools/cli.ts); the same file,
 * started as a worker thread, is `check`'s worker (tools/checkWorker.ts).
 */
import { isMainThread } from "node:worker_threads";
import { serveChecks } from "./checkWorker";
import { main } from "./cli";

if (isMainThread) void main(process.argv.slice(2)).then((code) => process.exit(code));
else serveChecks();
