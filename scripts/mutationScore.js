#!/usr/bin/env node
/*
 * The mutation score over every group's incremental file in reports/incremental/ (Stryker's whole report,
 * kept in git; scripts/mutate.js writes them, with the time each run ended in <group>.fingerprint):
 * per file killed, timed out, survived, not covered, the score (killed + timed out over those four, as
 * Stryker counts it: mutants that do not compile, those written down as equivalent with a
 * `// Stryker disable` comment, and the static ones — a module's top level, which `ignoreStatic`
 * leaves unrun — are left out; the last two in columns of their own), the total, then every
 * survivor and every mutant written down as equivalent, with its reason.
 */
const fs = require("node:fs");
const path = require("node:path");

const UNDETECTED = new Set(["Survived", "NoCoverage"]);

function reportsIn(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const group = f.replace(/\.json$/, "");
      const print = path.join(dir, `${group}.fingerprint`);
      const run = (fs.existsSync(print) && fs.readFileSync(print, "utf8").split("\n")[1]) || "not recorded";
      return { group, run, ...JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) };
    });
}

function percent(detected, valid) {
  return valid === 0 ? "–" : `${((100 * detected) / valid).toFixed(2).replace(".", ",")} %`;
}

/**
 * Prints the table and the lists; true when there was a report to read. `scope`: every group of the
 * scope with whether its report is current (its sources, tests and configuration unchanged since its
 * run): a group without a report, or with one a change has outdated, is named as such, and the total
 * says how many of the groups it covers, so a score over part of the scope never reads as the whole.
 */
function printScore(dir, scope = []) {
  const files = new Map();
  const groups = [];
  for (const report of reportsIn(dir)) {
    const g = { group: report.group, run: report.run, detected: 0, undetected: 0 };
    for (const [file, entry] of Object.entries(report.files)) {
      files.set(file, entry);
      for (const m of entry.mutants) {
        if (m.status === "Killed" || m.status === "Timeout") g.detected += 1;
        if (UNDETECTED.has(m.status)) g.undetected += 1;
      }
    }
    groups.push(g);
  }
  if (files.size === 0) {
    console.log(`mutation score: no report in ${path.relative(process.cwd(), dir) || dir} yet (npm run mutate)`);
    return false;
  }
  const rows = [];
  const survivors = [];
  const equivalent = [];
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, Ignored: 0, Static: 0 };
  for (const [file, entry] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, Ignored: 0, Static: 0 };
    for (const m of entry.mutants) {
      // A static mutant (a module's top level, run once as it loads) is not run at all under
      // ignoreStatic: counted apart from those written down as equivalent, never as either.
      const status = m.status === "Ignored" && /static mutant/i.test(m.statusReason ?? "") ? "Static" : m.status;
      count[status] = (count[status] ?? 0) + 1;
      const where = `${file}:${m.location.start.line}:${m.location.start.column}`;
      const lines = entry.source.split("\n").slice(m.location.start.line - 1, m.location.end.line);
      const original = lines.join("\n").trim().replace(/\s+/g, " ").slice(0, 100);
      if (UNDETECTED.has(m.status)) survivors.push(`${where} ${m.mutatorName} → ${m.replacement.replace(/\s+/g, " ").slice(0, 80)}${m.status === "NoCoverage" ? " (no test runs it)" : ""}   in: ${original}`);
      if (status === "Ignored") equivalent.push(`${where} ${m.mutatorName}: ${m.statusReason ?? ""}`);
    }
    for (const k of Object.keys(total)) total[k] += count[k] ?? 0;
    const detected = count.Killed + count.Timeout;
    rows.push([file, count.Killed, count.Timeout, count.Survived, count.NoCoverage, count.CompileError, count.Ignored, count.Static, percent(detected, detected + count.Survived + count.NoCoverage)]);
  }
  const detected = total.Killed + total.Timeout;
  rows.push(["all files reported", total.Killed, total.Timeout, total.Survived, total.NoCoverage, total.CompileError, total.Ignored, total.Static, percent(detected, detected + total.Survived + total.NoCoverage)]);
  console.log("| file | killed | timed out | survived | no coverage | do not compile | equivalent | static, not run | score |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  const currentOf = new Map(scope.map((g) => [g.group, g.current]));
  const state = (group) => (!currentOf.has(group) ? "" : currentOf.get(group) ? "current" : "outdated by a change since (npm run mutate -- " + group + ")");
  console.log("\n| group | report of | detected | survived or not covered | score | report |\n|---|---|---|---|---|---|");
  for (const g of groups) console.log(`| ${g.group} | ${g.run} | ${g.detected} | ${g.undetected} | ${percent(g.detected, g.detected + g.undetected)} | ${state(g.group)} |`);
  const missing = scope.map((g) => g.group).filter((group) => !groups.some((g) => g.group === group));
  for (const group of missing) console.log(`| ${group} | no report (npm run mutate -- ${group}) | – | – | – | none |`);
  const g = groups.reduce((sum, x) => ({ detected: sum.detected + x.detected, undetected: sum.undetected + x.undetected }), { detected: 0, undetected: 0 });
  const of = scope.length > 0 ? `${groups.length} of ${scope.length} groups${missing.length > 0 ? ": not the whole scope" : ""}` : `${groups.length} groups`;
  console.log(`| **all reported (${of})** | | ${g.detected} | ${g.undetected} | **${percent(g.detected, g.detected + g.undetected)}** | |`);
  if (survivors.length > 0) console.log(`\nSurvivors (${survivors.length}):\n${survivors.join("\n")}`);
  if (equivalent.length > 0) console.log(`\nWritten down as equivalent (${equivalent.length}):\n${equivalent.join("\n")}`);
  return true;
}

module.exports = { printScore };

// Alone, with the groups and their state from scripts/mutate.js (required here, not at the top: it requires this file).
if (require.main === module) printScore(path.join(__dirname, "..", "reports", "incremental"), require("./mutate").scopeState());
