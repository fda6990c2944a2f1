import { bench, benchPane } from "./bench";

(process.argv.includes("--pane") ? benchPane() : bench()).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
