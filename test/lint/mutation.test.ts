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
