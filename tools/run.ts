/** The command line's entry: `node dist-cli/cli.js <command> …` (see tools/cli.ts). */
import { main } from "./cli";

void main(process.argv.slice(2)).then((code) => process.exit(code));
