#!/usr/bin/env node
/*
 * npm run release: the build to deploy. `npm run build` is the development build, whose manifest and
 * help URLs point at https://localhost:3000; a release needs the origin the add-in will be served
 * from, ADDIN_ORIGIN, and refuses one Excel could not use from an organisation's machines: not
 * https, or this machine (localhost, 127.x, ::1, 0.0.0.0).
 *
 *   ADDIN_ORIGIN=https://specialokonomi.kommune.dk npm run release [-- --out <dir>] [--source-maps]
 *
 * (default dist/). A release holds no source maps unless `--source-maps` asks for them.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

/** Why an origin cannot be released to, or null when it can. */
function refusal(value) {
  if (value === undefined || value === "") return "ADDIN_ORIGIN is not set: say where the add-in will be served from, e.g. https://specialokonomi.kommune.dk";
  let url;
  try {
    url = new URL(value);
  } catch {
    return `ADDIN_ORIGIN ${value} is not a URL`;
  }
  if (url.protocol !== "https:") return `ADDIN_ORIGIN ${value} is not https: Office loads add-ins only over https`;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1" || host === "0.0.0.0") {
    return `ADDIN_ORIGIN ${value} is this machine: users' Excel cannot reach it`;
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") return `ADDIN_ORIGIN ${value} must be an origin only (scheme, host and port), without a path`;
  return null;
}

function main(argv) {
  const origin = process.env.ADDIN_ORIGIN;
  const why = refusal(origin);
  if (why !== null) {
    process.stderr.write(`release refused: ${why}\n`);
    return 1;
  }
  const at = argv.indexOf("--out");
  const out = path.resolve(at >= 0 ? argv[at + 1] : "dist");
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production"], {
    stdio: "inherit",
    env: { ...process.env, ADDIN_ORIGIN: new URL(origin).origin, ADDIN_OUT: out, ADDIN_SOURCE_MAPS: argv.includes("--source-maps") ? "1" : "" },
  });
  if (result.status !== 0) return result.status ?? 1;
  process.stdout.write(`release for ${new URL(origin).origin} written to ${out}\n`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
module.exports = { refusal };
