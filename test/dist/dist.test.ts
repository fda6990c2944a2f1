/**
 * The built add-in in dist/ (npm test builds before Jest runs): the files Excel loads, the generated
 * functions.json, and functions.js loaded the way Excel's JavaScript-only runtime loads it, in a
 * context whose only global beyond JavaScript's own is CustomFunctions.
 */
import { GUIDE_PATH } from "../../src/functions/guidePath";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { functionCatalog } from "../../src/functions/catalog";
import { type Metadata, metadata as functionsMetadata } from "../../src/functions/metadata";
import { CONTRACT } from "../support/contract";
import { createHost, type Host } from "../../tools/customFunctionsHost";
import { type FunctionsMetadata, registerFunctions, workbook } from "../../tools/engine";
import { readManifest } from "../support/manifest";
import { describeContract } from "../support/runCase";
import { TABEL_1 } from "../../tools/seeds";

const DIST = path.resolve(__dirname, "../../dist");
if (!existsSync(path.join(DIST, "functions.js"))) {
  throw new Error("dist/ is missing: run `npm run build` first (`npm test` does).");
}
const metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as FunctionsMetadata;

/** Loads dist/functions.js as Excel's JavaScript-only runtime would: no window, no document, no Office. */
function loadBundle(): { host: Host; context: vm.Context } {
  const host = createHost();
  const context = vm.createContext({ CustomFunctions: host });
  vm.runInContext(readFileSync(path.join(DIST, "functions.js"), "utf8"), context, { filename: "functions.js" });
  return { host, context };
}

describe("dist/", () => {
  it("holds what Excel loads: manifest.xml, functions.json, functions.js, functions.html and the task pane", () => {
    for (const file of ["manifest.xml", "functions.json", "functions.js", "functions.html", "taskpane.html", "taskpane.js"]) {
      expect({ file, exists: existsSync(path.join(DIST, file)) }).toEqual({ file, exists: true });
    }
  });

  it("has a file for every URL of its manifest", () => {
    const urls = readManifest(path.join(DIST, "manifest.xml")).flatMap((e) =>
      Object.entries(e.attributes).filter(([k, v]) => !k.startsWith("xmlns") && v.startsWith("https://")).map(([, v]) => v),
    );
    for (const url of urls) {
      const file = path.join(DIST, new URL(url).pathname);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    }
  });

  it("functions.html loads Microsoft's runtime before functions.js", () => {
    const html = readFileSync(path.join(DIST, "functions.html"), "utf8");
    expect(html.indexOf("custom-functions-runtime.js")).toBeGreaterThan(-1);
    const ours = html.search(/src=["']?functions\.js/);
    expect(ours).toBeGreaterThan(-1);
    expect(html.indexOf("custom-functions-runtime.js")).toBeLessThan(ours);
  });
});

describe("dist/functions.json, written from the definitions", () => {
  it("is the definitions' English metadata", () => {
    expect(metadata).toEqual(functionsMetadata("en"));
  });

  it("lists exactly the contract's names, parameters in order", () => {
    const listed = Object.fromEntries(metadata.functions.map((f) => [f.name, f.parameters.map((p) => p.name)]));
    expect(listed).toEqual(CONTRACT);
    expect(metadata.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.name));
  });

  it("describes every function and parameter in at most 128 characters, which autocomplete shows", () => {
    for (const f of metadata.functions) {
      expect({ f: f.name, ok: typeof f.description === "string" && f.description.length > 10 && f.description.length <= 128 }).toEqual({ f: f.name, ok: true });
      for (const p of f.parameters) {
        const d = p.description ?? "";
        expect({ p: `${f.name}.${p.name}`, ok: d.length > 5 && d.length <= 128 }).toEqual({ p: `${f.name}.${p.name}`, ok: true });
      }
    }
  });

  it("states the unit or the default of every optional parameter", () => {
    for (const f of metadata.functions) {
      for (const p of f.parameters.filter((q) => q.optional === true)) {
        expect({ p: `${f.name}.${p.name}`, says: /default|blank/i.test(p.description ?? "") }).toEqual({ p: `${f.name}.${p.name}`, says: true });
      }
    }
  });

  it("states the Finance Ministry's 3,5 % in PAYBACK.DISCOUNTED's help, without making it a default", () => {
    const rate = metadata.functions.find((f) => f.name === "PAYBACK.DISCOUNTED")?.parameters.find((p) => p.name === "rate");
    expect(rate?.description).toMatch(/3\.5 %/);
    expect(rate?.optional).toBeUndefined();
  });
});

describe("dist/functions-da.json and the help pages", () => {
  const danish = JSON.parse(readFileSync(path.join(DIST, "functions-da.json"), "utf8")) as Metadata;

  it("functions-da.json is the definitions' Danish metadata", () => {
    expect(danish).toEqual(functionsMetadata("da"));
  });

  it("describes every Danish function and parameter in at most 128 characters, which autocomplete shows", () => {
    for (const f of danish.functions) {
      for (const d of [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")]) {
        expect({ f: f.name, d, ok: d.length > 5 && d.length <= 128 }).toEqual({ f: f.name, d, ok: true });
      }
    }
  });

  it("every function in either language has a help URL on the add-in's origin whose page the build holds", () => {
    for (const f of [...functionsMetadata("en").functions, ...danish.functions]) {
      const url = new URL(f.helpUrl ?? "");
      expect(url.origin).toBe("https://localhost:3000");
      expect({ f: f.name, exists: existsSync(path.join(DIST, url.pathname)) }).toEqual({ f: f.name, exists: true });
    }
  });

  it("every link on every help page resolves to a file in the build", () => {
    const pages = ["da", "en"].flatMap((l) => readdirSync(path.join(DIST, "help", l)).filter((f) => f.endsWith(".html")).map((f) => path.join(DIST, "help", l, f)));
    // Each function and the index in both languages, and the Danish user guide.
    expect(pages).toHaveLength(2 * (metadata.functions.length + 1) + 1);
    for (const page of pages) {
      // Links and pictures: the guide's screenshots are built beside it.
      const links = [...readFileSync(page, "utf8").matchAll(/(?:href|src)=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(links.length).toBeGreaterThanOrEqual(2);
      for (const link of links) {
        const target = path.resolve(path.dirname(page), link);
        expect({ page: path.relative(DIST, page), link, exists: existsSync(target) }).toEqual({ page: path.relative(DIST, page), link, exists: true });
      }
    }
  });

  it("the pane's link to the user guide (relative to taskpane.html) resolves to a file in the build", () => {
    expect(existsSync(path.join(DIST, GUIDE_PATH))).toBe(true);
  });

  it("the task pane's help links (relative to taskpane.html) resolve to files in the build", () => {
    for (const language of ["da", "en"] as const) {
      for (const { help } of functionCatalog(language)) {
        expect({ help, exists: existsSync(path.join(DIST, help)) }).toEqual({ help, exists: true });
      }
    }
  });
});

describe("dist/functions.js in a context with only the CustomFunctions global", () => {
  const { host, context } = loadBundle();

  it("registers every function, each once", () => {
    expect([...host.registered.keys()].sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  it("left no other globals behind and needed none", () => {
    const globals = vm.runInContext("Object.keys(globalThis)", context) as string[];
    expect(globals.filter((g) => g !== "CustomFunctions")).toEqual([]);
  });

  describeContract(() => host.registered);

  it("also answers when the host offers CustomFunctions.Error but no ErrorCode", () => {
    const bare = { associate: createHost().associate, Error: createHost().Error, registered: undefined };
    const ctx = vm.createContext({ CustomFunctions: bare });
    const registered = new Map<string, (...a: unknown[]) => unknown>();
    bare.associate = (id: string, fn: (...a: unknown[]) => unknown) => registered.set(id, fn);
    vm.runInContext(readFileSync(path.join(DIST, "functions.js"), "utf8"), ctx);
    expect(() => registered.get("PAYBACK")?.([[1, 1]])).toThrow(expect.objectContaining({ code: "#N/A" }));
  });
});

describe("dist/functions.js inside a formula engine", () => {
  const { host } = loadBundle();
  registerFunctions(metadata, host.registered);

  it("=PAYBACK(B2:G2) on seed 000's Tabel 1 is 6", () => {
    const hf = workbook({ Sheet1: [["Samlet", ...TABEL_1.total], ["", "=PAYBACK(B1:G1)", "=PAYBACK(B1:G1, TRUE())"]] });
    expect(hf.getCellValue({ sheet: 0, col: 1, row: 1 })).toBe(6);
    expect(hf.getCellValue({ sheet: 0, col: 2, row: 1 })).toBe(5.205);
  });
});
