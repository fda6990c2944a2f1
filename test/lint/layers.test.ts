/**
 * The layer map of docs/DEVELOPING.md, held by ESLint (eslint.config.mjs): core → sheets → office →
 * taskpane, core → functions; tools/ → src; test/ → tools/, src. Each arrow walked backwards is refused
 * in every folder, and the arrows themselves are allowed.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Lints one import per case with the repository's ESLint config, in one child process (ESLint loads
 * its .mjs config by a dynamic import, which Jest's module sandbox does not run): which are refused.
 */
function refusedImports(cases: readonly (readonly [string, string])[]): boolean[] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint();
      const out = [];
      for (const [file, from] of cases) {
        const [result] = await eslint.lintText(\`import { a } from "\${from}";\\nexport const b = a;\\n\`, { filePath: file });
        out.push(result.messages.some((m) => m.ruleId === "no-restricted-imports"));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(cases)], { cwd: path.resolve(__dirname, "../.."), encoding: "utf8" })) as boolean[];
}

const AGAINST: readonly [string, string][] = [
  ["src/core/x.ts", "../sheets/layouts"],
  ["src/core/x.ts", "../functions/metadata"],
  ["src/core/x.ts", "../office/workbook"],
  ["src/sheets/x.ts", "../office/workbook"],
  ["src/sheets/x.ts", "../functions/defs"],
  ["src/sheets/x.ts", "../taskpane/strings"],
  ["src/functions/x.ts", "../sheets/layouts"],
  ["src/functions/x.ts", "../office/workbook"],
  ["src/office/x.ts", "../taskpane/strings"],
  ["src/office/x.ts", "../functions/excel"],
  ["src/taskpane/x.ts", "../functions/args"],
  ["src/taskpane/x.ts", "../../tools/seeds"],
  ["src/core/x.ts", "../../test/support/call"],
  ["tools/x.ts", "../test/support/call"],
  ["tools/dev/x.ts", "../../test/support/call"],
  ["test/x.ts", "./functions/help.test"],
];

const ALONG: readonly [string, string][] = [
  ["src/sheets/x.ts", "../core/address"],
  ["src/functions/x.ts", "../core/decimal"],
  ["src/office/x.ts", "../sheets/layouts"],
  ["src/office/x.ts", "../functions/defs"],
  ["src/taskpane/x.ts", "../office/gateway"],
  ["src/taskpane/x.ts", "../functions/catalog"],
  ["tools/x.ts", "../src/sheets/templates"],
  ["test/x.ts", "../tools/dev/fakeExcel"],
];

describe("the layer map, as lint holds it", () => {
  const refused = refusedImports([...AGAINST, ...ALONG]);

  it.each(AGAINST.map((c, i) => [...c, i] as const))("%s may not import %s", (_file, _from, i) => {
    expect(refused[i]).toBe(true);
  });

  it.each(ALONG.map((c, i) => [...c, AGAINST.length + i] as const))("%s may import %s", (_file, _from, i) => {
    expect(refused[i]).toBe(false);
  });
});
