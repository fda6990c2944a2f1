#!/usr/bin/env node
/*
 * npm start: serve the add-in over HTTPS on localhost:3000 and sideload it where Excel desktop is
 * installed (Windows, Mac), opening the sample workbook assets/Eksempel.xlsx (`npm start -- --blank`
 * opens Excel without it). Elsewhere (Linux) it prints how to upload manifest.xml and the sample
 * workbook to Excel on the web.
 * npm stop: stop the dev server npm start started (its process id is kept in a file in the temporary
 * folder) and remove the desktop sideload registration again. Ctrl+C, SIGTERM or SIGHUP to npm start
 * stop the server too: no webpack is left serving on port 3000.
 * The server is for this machine: it listens on localhost (scripts/devServerGuard.js). `npm start --
 * --host <address>` serves another interface (0.0.0.0: all), e.g. to try the add-in from a test
 * machine on the same network; even then source maps stay on this machine.
 * SPECIALOKONOMI_SERVER (tests only): a command to run instead of webpack's dev server (given the same
 * arguments after "--").
 */
const { execFileSync, spawn } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ID = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(MANIFEST, "utf8"))[1];
const WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const SAMPLE = path.join(ROOT, "assets", "Eksempel.xlsx");
const OPEN_SAMPLE = !process.argv.includes("--blank");
const MAC_WEF = path.join(os.homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");
/** Where npm start keeps its dev server's process id, for npm stop. */
const PID_FILE = path.join(os.tmpdir(), `specialokonomi-dev-server-${ID}.pid`);

/** Stops the dev server a earlier npm start left (its pid file); says whether there was one. */
function stopServer() {
  let pid;
  try {
    pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    return false;
  }
  fs.rmSync(PID_FILE, { force: true });
  try {
    process.kill(pid, "SIGTERM");
    return true;
  } catch {
    return false; // already gone
  }
}

function sideload() {
  if (process.platform === "win32") {
    execFileSync("reg", ["add", WINDOWS_KEY, "/v", ID, "/t", "REG_SZ", "/d", MANIFEST, "/f"], { stdio: "ignore" });
    const open = OPEN_SAMPLE ? ["/c", "start", '""', "excel", `"${SAMPLE}"`] : ["/c", "start", "excel"];
    spawn("cmd", open, { detached: true, stdio: "ignore", windowsVerbatimArguments: true }).unref();
    return "Sideloaded in Excel for Windows: Home → Add-ins → Developer Add-ins → Specialøkonomi.";
  }
  if (process.platform === "darwin") {
    fs.mkdirSync(MAC_WEF, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(MAC_WEF, `${ID}.manifest.xml`));
    spawn("open", ["-a", "Microsoft Excel", ...(OPEN_SAMPLE ? [SAMPLE] : [])], { detached: true, stdio: "ignore" }).unref();
    return "Sideloaded in Excel for Mac: Insert → Add-ins → My Add-ins → Developer Add-ins → Specialøkonomi.";
  }
  return [
    "No Excel desktop on this platform: use Excel on the web.",
    "  1. Open https://localhost:3000/taskpane.html once in your browser and accept the certificate",
    "     (or trust ~/.office-addin-dev-certs/ca.crt).",
    "  2. Open a workbook at https://www.office.com (Excel on the web): for the sample workbook, upload",
    `     ${SAMPLE} to OneDrive (also served at https://localhost:3000/assets/Eksempel.xlsx).`,
    "  3. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in, and choose",
    `     ${MANIFEST}`,
    "  4. Type =PAYBACK(…) in a cell, or open the pane with the Specialøkonomi button on Home.",
  ].join("\n");
}

function unsideload() {
  let removed = false;
  if (process.platform === "win32") {
    try {
      execFileSync("reg", ["delete", WINDOWS_KEY, "/v", ID, "/f"], { stdio: "ignore" });
      removed = true;
    } catch {
      // not registered
    }
  } else if (process.platform === "darwin") {
    const file = path.join(MAC_WEF, `${ID}.manifest.xml`);
    removed = fs.existsSync(file);
    fs.rmSync(file, { force: true });
  }
  const stopped = stopServer();
  console.log(
    [
      removed ? "Sideload removed." : "Nothing was sideloaded on this machine (on the web, remove the add-in under My Add-ins).",
      stopped ? "The dev server on port 3000 is stopped." : "No dev server of npm start was running.",
    ].join(" "),
  );
}

/** Resolves once the dev server answers (its certificate may not be trusted yet: not checked here). */
function whenServing(url, deadline = Date.now() + 120000) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      https
        .get(url, { rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve();
        })
        .on("error", () => (Date.now() > deadline ? reject(new Error(`${url} did not answer`)) : setTimeout(attempt, 1000)));
    };
    attempt();
  });
}

if (process.argv.includes("--stop")) {
  unsideload();
} else {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const at = process.argv.indexOf("--host");
  const host = at >= 0 ? process.argv[at + 1] : "localhost";
  if (host === undefined || !/^[A-Za-z0-9.:-]+$/.test(host)) {
    console.error("npm start -- --host <address>: an address or a host name, e.g. 0.0.0.0");
    process.exit(2);
  }
  if (host !== "localhost") console.warn(`Serving on ${host}: other machines that reach it can load the add-in (not its source maps).`);
  const serve = ["serve", "--mode", "development", "--host", host];
  const command = process.env.SPECIALOKONOMI_SERVER === undefined ? [webpack, ...serve] : ["-e", process.env.SPECIALOKONOMI_SERVER, "--", ...serve];
  stopServer(); // one left by an earlier npm start that was killed outright
  const server = spawn(process.execPath, command, { cwd: ROOT, stdio: "inherit" });
  fs.writeFileSync(PID_FILE, String(server.pid));
  server.on("exit", (code, signal) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(code ?? (signal === null ? 0 : 1));
  });
  // Whatever stops npm start stops its server: Ctrl+C, a terminal closed, SIGTERM from a process manager.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => server.kill(signal));
  const local = host === "0.0.0.0" || host === "::" || host === "localhost" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  whenServing(`https://${local}:3000/manifest.xml`)
    .then(() => console.log(`\nServing the add-in on https://localhost:3000\n${sideload()}\n`))
    .catch((error) => {
      console.error(error.message);
      server.kill();
    });
}
