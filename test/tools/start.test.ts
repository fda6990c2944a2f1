/**
 * Issue 27, observation 10: `npm start` stopped with SIGTERM left webpack serving on port 3000. Now
 * every way of stopping it stops its server: SIGTERM (and Ctrl+C's SIGINT) to npm start, and
 * `npm stop` from another terminal. The dev server is stood in for by a process that only waits
 * (SPECIALOKONOMI_SERVER), so the test needs no certificates and no port.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1] ?? "";
const PID_FILE = path.join(tmpdir(), `specialokonomi-dev-server-${ID}.pid`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** npm start with the stand-in server; resolves with it and its server's pid once running. */
async function start(): Promise<{ start: ChildProcess; server: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
    cwd: ROOT,
    env: { ...process.env, SPECIALOKONOMI_SERVER: "setInterval(() => {}, 1000)" },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await until(() => existsSync(PID_FILE) && readFileSync(PID_FILE, "utf8") !== "");
  const server = Number(readFileSync(PID_FILE, "utf8"));
  expect(alive(server)).toBe(true);
  return { start: child, server, exited };
}

describe("npm start and npm stop", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("%s to npm start stops its server, and the pid file goes", async (signal) => {
    const { start: child, server, exited } = await start();
    child.kill(signal);
    await exited;
    await until(() => !alive(server));
    expect(existsSync(PID_FILE)).toBe(false);
  }, 30000);

  it("npm stop, from another terminal, stops the server npm start started; npm start then ends", async () => {
    const { server, exited } = await start();
    const stop = spawnSync(process.execPath, [path.join(ROOT, "scripts/start.js"), "--stop"], { cwd: ROOT, encoding: "utf8" });
    expect(stop.stdout).toContain("The dev server on port 3000 is stopped.");
    await until(() => !alive(server));
    await exited;
    expect(existsSync(PID_FILE)).toBe(false);
  }, 30000);
});
