#!/usr/bin/env node
/*
 * npm run audit: `npm audit --omit=dev` for the dependencies that ship (react, react-dom, Fluent UI,
 * decimal.js and theirs); exits 1 on a high or critical advisory. A registry without the audit
 * endpoint (the offline mirror answers 405) cannot say: that is printed plainly, with the shipped
 * dependency count, and exits 0 unless AUDIT_REQUIRED=1.
 */
const { spawnSync } = require("node:child_process");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report = null;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (counts === undefined) {
  const reason = String(report?.message ?? report?.error?.summary ?? "no answer").trim();
  const tree = spawnSync(npm, ["ls", "--omit=dev", "--all", "--parseable"], { encoding: "utf8" });
  const shipped = tree.stdout.split("\n").filter((l) => l.includes("node_modules")).length;
  console.log(`npm audit could not ask the registry (${reason}): ${shipped} shipped packages NOT checked.`);
  process.exit(process.env.AUDIT_REQUIRED === "1" ? 1 : 0);
}
const { high = 0, critical = 0, moderate = 0, low = 0 } = counts;
console.log(`npm audit --omit=dev: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low`);
process.exit(high + critical > 0 ? 1 : 0);
