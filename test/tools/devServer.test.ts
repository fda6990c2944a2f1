/**
 * `npm start`'s server is for this machine (issue #28): webpack's dev server with the project's own
 * configuration (over http here: no certificates needed), asked as another machine would be. It
 * listens on localhost, so another interface of this machine is refused; it sends no wildcard CORS,
 * only Excel on the web's origins may read the functions' metadata; and told to serve every
 * interface (`npm start -- --host 0.0.0.0`), it keeps the source maps and its asset listing to this
 * machine. And `npm start -- --host` reaches the server.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const ROOT = path.resolve(__dirname, "../..");

/** This machine's first address that is not loopback (the "other interface"), or null where it has none. */
function otherInterface(): string | null {
  for (const addresses of Object.values(networkInterfaces())) for (const a of addresses ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  return null;
}

type Answer = { status: number; headers: http.IncomingHttpHeaders } | { error: string };

function get(host: string, port: number, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const request = http.get({ host, port, path: pathname, headers, timeout: 10000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

/** The project's dev server, as `webpack serve` makes it from webpack.config.js, on a free port; `host` as --host gives it. */
async function devServer(host?: string): Promise<{ server: WebpackDevServer; port: number }> {
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => Promise<webpack.Configuration & { devServer: WebpackDevServer.Configuration }>;
  const config = await configure({}, { mode: "development" });
  const output = mkdtempSync(path.join(tmpdir(), "dev-server-"));
  const compiler = webpack({ ...config, output: { ...config.output, path: output }, infrastructureLogging: { level: "error" }, stats: "none" });
  const server = new WebpackDevServer({ ...config.devServer, ...(host === undefined ? {} : { host }), port: 0 }, compiler);
  await server.start();
  const address = server.server?.address();
  if (address === null || address === undefined || typeof address === "string") throw new Error("the dev server did not listen");
  return { server, port: address.port };
}

describe("the dev server (npm start) serves this machine only", () => {
  it("listens on localhost: another interface of this machine cannot reach it; no wildcard CORS; Office's origin may read the metadata", async () => {
    const { server, port } = await devServer();
    try {
      const address = server.server?.address();
      expect(typeof address === "object" && address !== null ? address.address : "").toMatch(/^(127\.0\.0\.1|::1)$/);
      const other = otherInterface();
      if (other !== null) expect(await get(other, port, "/taskpane.html")).toEqual({ error: "ECONNREFUSED" });
      const local = address !== null && typeof address === "object" && address.family === "IPv6" ? "::1" : "127.0.0.1";
      const page = await get(local, port, "/taskpane.html");
      expect(page).toMatchObject({ status: 200 });
      expect("headers" in page ? page.headers["access-control-allow-origin"] : "none").toBeUndefined();
      const fromExcel = await get(local, port, "/functions.json", { Origin: "https://excel.officeapps.live.com" });
      expect(fromExcel).toMatchObject({ status: 200, headers: { "access-control-allow-origin": "https://excel.officeapps.live.com", vary: expect.stringMatching(/^Origin\b/) } });
      const fromElsewhere = await get(local, port, "/functions.json", { Origin: "https://evil.example" });
      expect("headers" in fromElsewhere ? fromElsewhere.headers["access-control-allow-origin"] : "none").toBeUndefined();
      const fromExcelForPage = await get(local, port, "/taskpane.js", { Origin: "https://excel.officeapps.live.com" });
      expect("headers" in fromExcelForPage ? fromExcelForPage.headers["access-control-allow-origin"] : "none").toBeUndefined();
      // This machine may read the source maps.
      expect(await get(local, port, "/taskpane.js.map")).toMatchObject({ status: 200 });
    } finally {
      await server.stop();
    }
  }, 120000);

  it("told to serve every interface: the pages to others, the source maps and the asset listing to this machine only", async () => {
    const other = otherInterface();
    if (other === null) {
      console.warn("no interface but loopback on this machine: served-to-others is not asserted");
      return;
    }
    const { server, port } = await devServer("0.0.0.0");
    try {
      expect(await get(other, port, "/taskpane.html")).toMatchObject({ status: 200 });
      expect(await get(other, port, "/taskpane.js.map")).toMatchObject({ status: 404 });
      expect(await get(other, port, "/webpack-dev-server")).toMatchObject({ status: 404 });
      expect(await get("127.0.0.1", port, "/taskpane.js.map")).toMatchObject({ status: 200 });
    } finally {
      await server.stop();
    }
  }, 120000);

  it("npm start passes --host on to the server, localhost unless told", async () => {
    const argvOf = async (...args: string[]): Promise<string[]> => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "start-")), "argv.json");
      const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js"), ...args], {
        cwd: ROOT,
        env: { ...process.env, SPECIALOKONOMI_SERVER: `require("fs").writeFileSync(${JSON.stringify(file)}, JSON.stringify(process.argv.slice(1)))` },
        stdio: "ignore",
      });
      await new Promise((resolve) => child.on("exit", resolve));
      return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as string[]) : [];
    };
    expect(await argvOf()).toEqual(["serve", "--mode", "development", "--host", "localhost"]);
    expect(await argvOf("--host", "0.0.0.0")).toEqual(["serve", "--mode", "development", "--host", "0.0.0.0"]);
  }, 30000);
});
