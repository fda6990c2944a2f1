#!/usr/bin/env node
/*
 * npm run mutate [-- <group>… | --force | --score | --stale]: StrykerJS over the rules, the sheets, the functions
 * and the tie-out (the scope is stryker.config.json's `mutate`), one group of files at a time.
 *
 * Each group keeps its own incremental file (reports/incremental/<group>.json, in git: a fresh clone or
 * the next session goes on from it, where a full run is hours) and report (reports/mutation/<group>.html,
 * not in git): a run that is stopped keeps the groups it finished, and a
 * run after a small change reruns only the groups whose files or tests changed (a fingerprint of the
 * group's sources, the tests its run ran, what those import and the configuration; Stryker's
 * incremental mode then tests only the changed mutants). `--force` runs every named group anyway,
 * every mutant.
 * At the end, and with `--score` alone, the score over every group's incremental file (scripts/mutationScore.js;
 * the file is Stryker's whole report: every mutant with its status, the sources and the tests).
 * `--stale` only names the groups whose report a change has outdated (the commit hook's reminder).
 */
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { printScore } = require("./mutationScore");

const ROOT = path.join(__dirname, "..");
const BASE = JSON.parse(fs.readFileSync(path.join(ROOT, "stryker.config.json"), "utf8"));

/** The groups: every file of the scope in exactly one (checked below). */
const GROUPS = {
  rules: ["src/core/segregation.ts", "src/core/segregationFast.ts", "src/core/decimal.ts", "src/core/result.ts", "src/core/allocate.ts", "src/core/budget.ts"],
  payback: ["src/core/payback.ts", "src/core/paybackFast.ts", "src/core/pricelevel.ts", "src/core/dates.ts", "src/core/presentValue.ts"],
  lists: ["src/core/pupils.ts", "src/core/placement.ts", "src/core/schools.ts", "src/core/changes.ts", "src/core/profiles.ts"],
  check: ["src/core/check.ts", "src/core/sumcheck.ts", "src/core/messages.ts", "src/core/labels.ts", "src/core/address.ts", "src/core/grid.ts", "src/core/cellText.ts", "src/core/sheetNames.ts"],
  sheets: ["src/sheets/layouts.ts", "src/sheets/style.ts", "src/sheets/withoutAddIn.ts", "src/sheets/sensitivity.ts", "src/sheets/changes.ts"],
  templates: ["src/sheets/templates.ts", "src/sheets/budget.ts", "src/sheets/pricelevelPlan.ts"],
  functions: ["src/functions/"],
  tieout: ["src/office/tieOut.ts"],
  catalogue: ["src/core/proposal.ts", "src/core/catalogue.ts", "src/sheets/catalogue.ts"],
  files: ["src/core/zip.ts", "src/core/xlsxValues.ts"],
};

/** The files a glob of stryker.config.json's `mutate` names (`dir/**\/*.ts` or a file). */
function expand(pattern) {
  const star = pattern.indexOf("/**/");
  if (star < 0) return fs.existsSync(path.join(ROOT, pattern)) ? [pattern] : [];
  const dir = pattern.slice(0, star);
  const ending = pattern.slice(star + 4).replace(/^\*/, "");
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join("/")}`)
    .filter((f) => f.endsWith(ending))
    .sort();
}

function groupFiles() {
  const scope = [...new Set(BASE.mutate.flatMap(expand))];
  const groups = Object.fromEntries(Object.keys(GROUPS).map((g) => [g, []]));
  for (const file of scope) {
    const owners = Object.keys(GROUPS).filter((g) => GROUPS[g].some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry)));
    if (owners.length !== 1) throw new Error(`${file} is in ${owners.length} mutation groups (scripts/mutate.js GROUPS); it must be in exactly one`);
    groups[owners[0]].push(file);
  }
  for (const [g, files] of Object.entries(groups)) if (files.length === 0) throw new Error(`mutation group ${g} names no file of the scope`);
  return groups;
}

/** What configures every run: a change to one outdates every group (with the group's own Stryker configuration, below). */
const CONFIGURATION = ["stryker.config.json", "jest.mutate.config.js", "jest.config.js", "package-lock.json", "tsconfig.json", "tsconfig.mutate.json"];
/** Where the sources and tests a run can import are. */
const FOLDERS = ["src", "test", "tools"];

/** Every file of FOLDERS and CONFIGURATION with its contents now: what a run starts from. */
function snapshot() {
  const files = new Map();
  for (const dir of FOLDERS)
    for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
      const file = `${dir}/${String(f).split(path.sep).join("/")}`;
      if (/\.(ts|tsx|js|json)$/.test(file) && fs.statSync(path.join(ROOT, file)).isFile()) files.set(file, fs.readFileSync(path.join(ROOT, file)));
    }
  for (const f of CONFIGURATION) files.set(f, fs.existsSync(path.join(ROOT, f)) ? fs.readFileSync(path.join(ROOT, f)) : Buffer.from("(none)"));
  return files;
}

/** The relative modules a file names (import … from, export … from, import(), require(), jest.mock()), as files of the snapshot. */
function importsOf(file, files) {
  const text = files.get(file)?.toString("utf8") ?? "";
  const found = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport|\brequire\s*\(|\bjest\.(?:mock|requireActual)\s*\()\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]));
    const hit = ["", ".ts", ".tsx", ".js", ".json", "/index.ts", "/index.tsx", "/index.js"].map((e) => base + e).find((f) => files.has(f));
    if (hit !== undefined) found.push(hit);
  }
  return found;
}

/** The files and everything they import, transitively. */
function closure(roots, files) {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0)
    for (const f of importsOf(queue.pop(), files)) {
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(f);
    }
  return seen;
}

/** The test files a group's report says its run ran (Jest's tests related to the group's files). */
function testsOf(group) {
  const report = path.join(ROOT, `reports/incremental/${group}.json`);
  return fs.existsSync(report) ? Object.keys(JSON.parse(fs.readFileSync(report, "utf8")).testFiles ?? {}) : null;
}

/**
 * A group's fingerprint: its files, the tests its run ran, everything those import, and the
 * configuration. A test the run did not run covered none of the group's mutants, so a change to it
 * (or a new test) can only kill more: it leaves the score a floor, and the group current.
 */
function fingerprint(groupFiles, tests, files) {
  const hash = crypto.createHash("sha256");
  // What this script gives Stryker beyond stryker.config.json: the group's files (the reports' names aside).
  hash.update(JSON.stringify(groupFiles));
  for (const f of [...closure([...groupFiles, ...tests], files)].sort().concat(CONFIGURATION)) {
    hash.update(f);
    hash.update("\0");
    hash.update(files.get(f) ?? "(none)");
    hash.update("\0");
  }
  return hash.digest("hex");
}

/**
 * Whether a group's last report still holds: its sources, the tests it ran, what they import and the
 * configuration unchanged since its run. The fingerprint file holds the hash, then the time the run
 * ended (scripts/mutationScore.js shows it).
 */
function current(group, files, now) {
  const printPath = path.join(ROOT, `reports/incremental/${group}.fingerprint`);
  const tests = testsOf(group);
  const holds = tests !== null && fs.existsSync(printPath) && fs.readFileSync(printPath, "utf8").split("\n")[0] === fingerprint(files, tests, now);
  return { holds, printPath };
}

function runGroup(group, files, force) {
  const incremental = `reports/incremental/${group}.json`;
  const report = `reports/mutation/${group}.json`;
  // The files as the run starts: the fingerprint is of what it ran, whatever changes while it runs.
  const before = snapshot();
  const { holds, printPath } = current(group, files, before);
  if (!force && holds) {
    console.log(`mutate: ${group} unchanged since its last run (${fs.readFileSync(printPath, "utf8").split("\n")[1] || "date not recorded"}), not run again`);
    return true;
  }
  const config = {
    ...BASE,
    mutate: files,
    incrementalFile: incremental,
    // --force: every mutant again, not only those Stryker's incremental mode finds changed.
    force,
    jsonReporter: { fileName: report },
    htmlReporter: { fileName: `reports/mutation/${group}.html` },
  };
  const configPath = `reports/config/${group}.json`;
  fs.mkdirSync(path.join(ROOT, "reports/config"), { recursive: true });
  fs.mkdirSync(path.join(ROOT, "reports/incremental"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, configPath), JSON.stringify(config, null, 2));
  console.log(`mutate: ${group} (${files.join(", ")})`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/@stryker-mutator/core/bin/stryker.js"), "run", configPath], { cwd: ROOT, stdio: "inherit" });
  console.log(`mutate: ${group} took ${Math.round((Date.now() - started) / 1000)} s`);
  if (run.status !== 0) return false;
  fs.writeFileSync(printPath, `${fingerprint(files, testsOf(group), before)}\n${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n`);
  return true;
}

/** Every group of the scope and whether its report is current (scripts/mutationScore.js names the rest). */
function scopeState() {
  const now = snapshot();
  return Object.entries(groupFiles()).map(([group, files]) => ({ group, current: current(group, files, now).holds }));
}

function main(argv) {
  const groups = groupFiles();
  if (argv.includes("--score")) return printScore(path.join(ROOT, "reports/incremental"), scopeState()) ? 0 : 1;
  if (argv.includes("--stale")) {
    // The reminder (.githooks/pre-commit): which groups a change has left without a current score. Never fails.
    const stale = scopeState().filter((g) => !g.current).map((g) => g.group);
    if (stale.length > 0) console.log(`Mutation score not current for: ${stale.join(", ")} — npm run mutate -- ${stale.join(" ")} (docs/DEVELOPING.md, Mutation testing)`);
    return 0;
  }
  const force = argv.includes("--force");
  const named = argv.filter((a) => !a.startsWith("--"));
  for (const g of named) if (!(g in groups)) throw new Error(`no mutation group ${g}; the groups: ${Object.keys(groups).join(", ")}`);
  let ok = true;
  // In the order named (the groups that matter most first, should a run be stopped), else in GROUPS's.
  for (const group of named.length > 0 ? named : Object.keys(groups)) ok = runGroup(group, groups[group], force) && ok;
  printScore(path.join(ROOT, "reports/incremental"), scopeState());
  return ok ? 0 : 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

module.exports = { GROUPS, groupFiles, scopeState, closure, snapshot, fingerprint, FOLDERS, CONFIGURATION };
