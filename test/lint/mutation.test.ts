/**
 * npm run mutate's groups (scripts/mutate.js) cover stryker.config.json's scope, each file in exactly
 * one group (a file left out of every group would never be mutated, and no score would say so).
 */
import fs from "node:fs";
import path from "node:path";

const { groupFiles } = require("../../scripts/mutate.js") as { groupFiles: () => Record<string, string[]> };

describe("npm run mutate", () => {
  it("runs every file of the scope in exactly one group, and every group has files", () => {
    const groups = groupFiles();
    const files = Object.values(groups).flat();
    expect(new Set(files).size).toBe(files.length);
    for (const [group, members] of Object.entries(groups)) expect([group, members.length > 0]).toEqual([group, true]);
    // The rules, the tie-out and a function's definition are all in.
    expect(files).toEqual(expect.arrayContaining(["src/core/budget.ts", "src/office/tieOut.ts", "src/functions/defs/payback.ts", "src/sheets/layouts.ts"]));
    const scope = ["src/core", "src/sheets", "src/functions/defs"].flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f)).split(path.sep).join("/")).filter((f) => f.endsWith(".ts")));
    expect(files).toEqual(expect.arrayContaining(scope));
  });
});

describe("a group's fingerprint", () => {
  const { closure, snapshot } = require("../../scripts/mutate.js") as { closure: (roots: string[], files: Map<string, Buffer>) => Set<string>; snapshot: () => Map<string, Buffer> };

  it("holds the tests the run ran and every module they and the group's files import, by every way of importing", () => {
    const files = snapshot();
    const reached = closure(["test/core/xlsxValues.test.ts"], files);
    // import … from, a helper of the tests, a module behind a folder's index, and what those import in turn.
    expect([...reached]).toEqual(expect.arrayContaining(["test/support/hostile.ts", "tools/zip.ts", "src/core/zip.ts", "src/taskpane/Panel/index.ts", "src/core/decimal.ts"]));
    // import() inside a test (the module-level tests load modules themselves), require() in the scripts.
    const made = new Map(files);
    made.set("test/x.test.ts", Buffer.from(`const a = await import("../src/core/zip");\nconst { b } = require("../src/core/address");\njest.mock("../src/core/grid");\nexport { c } from "../src/core/labels";`));
    expect([...closure(["test/x.test.ts"], made)].sort()).toEqual(expect.arrayContaining(["src/core/address.ts", "src/core/grid.ts", "src/core/labels.ts", "src/core/zip.ts"]));
    // Only what is imported: the zip reader imports nothing of ours.
    expect([...closure(["src/core/zip.ts"], files)]).toEqual(["src/core/zip.ts"]);
  });
});

describe("npm run mutate -- --score", () => {
  const { printScore } = require("../../scripts/mutationScore.js") as { printScore: (dir: string, scope: { group: string; current: boolean }[]) => boolean };
  const mutant = (status: string, line: number) => ({ status, mutatorName: "EqualityOperator", replacement: "a <= b", location: { start: { line, column: 1 }, end: { line, column: 9 } } });

  it("names the groups without a report or with an outdated one, and says a total over some groups is not the whole scope", () => {
    const dir = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "score-"));
    const report = { files: { "src/core/a.ts": { source: "a < b\nc < d\ne < f\n", mutants: [mutant("Killed", 1), mutant("Timeout", 2), mutant("Survived", 3)] } } };
    fs.writeFileSync(path.join(dir, "rules.json"), JSON.stringify(report));
    fs.writeFileSync(path.join(dir, "rules.fingerprint"), "hash\n2026-12-07 17:00 UTC\n");
    const out: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
    try {
      expect(printScore(dir, [{ group: "rules", current: false }, { group: "tieout", current: true }])).toBe(true);
    } finally {
      log.mockRestore();
      fs.rmSync(dir, { recursive: true });
    }
    const text = out.join("\n");
    expect(text).toContain("| rules | 2026-12-07 17:00 UTC | 2 | 1 | 66,67 % | outdated by a change since (npm run mutate -- rules) |");
    expect(text).toContain("| tieout | no report (npm run mutate -- tieout) | – | – | – | none |");
    expect(text).toContain("| **all reported (1 of 2 groups: not the whole scope)** | | 2 | 1 | **66,67 %** | |");
    expect(text).toContain("src/core/a.ts:3:1 EqualityOperator → a <= b   in: e < f");
  });
});
