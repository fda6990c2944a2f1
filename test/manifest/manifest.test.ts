import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ManifestElement, manifestText, readManifest } from "../support/manifest";
import { cspViolations, launch, openPane, PUPIL_WORKBOOK, serveDist } from "../../tools/dev/browser";

const ROOT = path.resolve(__dirname, "../..");
/** Every attribute value that is a URL (namespace declarations aside), with where it stands. */
const urlsOf = (elements: readonly ManifestElement[]) =>
  elements.flatMap((e) =>
    Object.entries(e.attributes)
      .filter(([name, v]) => !name.startsWith("xmlns") && /^[a-z]+:\/\//i.test(v))
      .map(([attribute, url]) => ({ element: e.name, attribute, url })),
  );
/** The resource kind each referring element must point at. */
const KIND_FOR: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Title: "ShortStrings",
  Label: "ShortStrings",
  Description: "LongStrings",
  Namespace: "ShortStrings",
};
const kindOf = (e: ManifestElement): string => e.path[e.path.length - 1] === "String" ? e.path[e.path.length - 2] : e.path[e.path.length - 1];
const LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 };

/**
 * The offline checks of a manifest: `manifest()` is the file (known once the suite runs), `origin`
 * the one origin of its URLs, `root()` the folder its icons must be in.
 */
function manifestChecks(title: string, manifest: () => string, origin: string, root: () => string): void {
  describe(title, () => {
    let MANIFEST: string;
    let elements: ManifestElement[];
    let resources: ManifestElement[];
    let urls: ReturnType<typeof urlsOf>;
    beforeAll(() => {
      MANIFEST = manifest();
      elements = readManifest(MANIFEST);
      resources = elements.filter((e) => e.path.includes("Resources") && "id" in e.attributes);
      urls = urlsOf(elements);
    });

    it("parses with office-addin-manifest as a task pane add-in for Excel", () => {
      // office-addin-manifest loads ESM-only dependencies that Jest's module system cannot require;
      // plain Node can, so it reads the manifest in a child process.
      const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
        .then((info) => process.stdout.write(JSON.stringify(info)))`;
      const info = JSON.parse(execFileSync(process.execPath, ["-e", script, MANIFEST], { cwd: ROOT, encoding: "utf8" }));
      expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(info.officeAppType).toBe("TaskPaneApp");
      expect(info.hosts).toEqual(["Workbook"]);
      expect(info.defaultLocale).toBe("en-US");
      expect(info.displayName).toBe("Special Education Economics");
      expect(info.permissions).toBe("ReadWriteDocument");
    });

    it("has a version Office accepts (four numbers)", () => {
      expect(manifestText(MANIFEST, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    });

    it("every resid resolves to a resource of the right kind", () => {
      const byId = new Map(resources.map((r) => [r.attributes.id, kindOf(r)]));
      const refs = elements.filter((e) => "resid" in e.attributes);
      expect(refs.length).toBeGreaterThan(10);
      for (const ref of refs) {
        expect({ resid: ref.attributes.resid, kind: byId.get(ref.attributes.resid) }).toEqual({
          resid: ref.attributes.resid,
          kind: KIND_FOR[ref.name],
        });
      }
    });

    it("resource ids are unique, and every resource is used", () => {
      const ids = resources.map((r) => r.attributes.id);
      expect(new Set(ids).size).toBe(ids.length);
      const used = new Set(elements.filter((e) => "resid" in e.attributes).map((e) => e.attributes.resid));
      expect(ids.filter((id) => !used.has(id))).toEqual([]);
    });

    it("strings are within the manifest's length limits, overrides included", () => {
      const checks: { what: string; length: number; limit: number }[] = [];
      for (const e of elements) {
        const limit =
          e.name === "DisplayName" || e.path.includes("DisplayName") || e.name === "ProviderName"
            ? 125
            : (e.name === "Description" || e.path.includes("Description")) && !e.path.includes("VersionOverrides")
              ? 250
              : LIMITS[e.path.includes("Resources") ? (e.name === "String" ? e.path[e.path.length - 1] : kindOf(e)) : ""];
        for (const key of ["DefaultValue", "Value"]) {
          const text = e.attributes[key];
          if (text !== undefined && limit !== undefined) checks.push({ what: `${e.name} ${e.attributes.id ?? ""} ${key}`, length: text.length, limit });
        }
      }
      expect(checks.length).toBeGreaterThan(15);
      expect(checks.filter((c) => c.length > c.limit || c.length === 0)).toEqual([]);
      expect((manifestText(MANIFEST, "ProviderName") ?? "").length).toBeLessThanOrEqual(125);
    });

    it("every URL is https on one origin", () => {
      const origins = new Set(urls.map((u) => new URL(u.url).origin));
      expect(urls.length).toBeGreaterThan(8);
      expect([...origins]).toEqual([origin]);
    });

    it("every icon it names exists in assets/", () => {
      const icons = urls.filter((u) => /\.png$/i.test(u.url));
      expect(icons.length).toBeGreaterThanOrEqual(4);
      for (const icon of icons) {
        const file = path.join(root(), decodeURIComponent(new URL(icon.url).pathname));
        expect({ icon: icon.url, exists: existsSync(file) }).toEqual({ icon: icon.url, exists: true });
      }
    });

    it("declares the custom functions without a <Namespace>, so names are typed as written", () => {
      const point = elements.find((e) => e.name === "ExtensionPoint" && e.attributes["xsi:type"] === "CustomFunctions");
      expect(point).toBeDefined();
      const inside = elements.filter((e) => e.path.includes("AllFormFactors"));
      expect(inside.map((e) => e.name)).toEqual(expect.arrayContaining(["Script", "Page", "Metadata"]));
      expect(elements.some((e) => e.name === "Namespace")).toBe(false);
    });

    it("points the functions at the files the build writes", () => {
      const files = urls.map((u) => new URL(u.url).pathname);
      expect(files).toEqual(expect.arrayContaining(["/functions.js", "/functions.json", "/functions.html", "/taskpane.html"]));
    });

    it("gives Danish Excel the Danish function names: a da-DK override of the metadata URL to functions-da.json", () => {
      const metadataUrl = elements.find((e) => e.name === "Url" && e.attributes.id === "Functions.Metadata.Url");
      expect(new URL(metadataUrl?.attributes.DefaultValue ?? "").pathname).toBe("/functions.json");
      expect(metadataUrl?.attributes.DefaultValue.startsWith(`${origin}/`)).toBe(true);
      const overrides = elements.filter((e) => e.name === "Override" && e.path[e.path.length - 1] === "Url");
      expect(overrides.map((e) => [e.attributes.Locale, new URL(e.attributes.Value).pathname])).toEqual([["da-DK", "/functions-da.json"]]);
    });

    it("locales without ambiguity (issue #29): English by default (en-US), and one da-DK override for every localized string and the functions' metadata, none for the default locale", () => {
      expect(manifestText(MANIFEST, "DefaultLocale")).toBe("en-US");
      const localized = elements.filter((e) => elements.some((o) => o.name === "Override" && o.path.length === e.path.length + 1 && o.path[o.path.length - 1] === e.name && o === elements[elements.indexOf(e) + 1]));
      const described = localized.map((e) => (e.attributes.id ?? e.name) as string);
      expect(described).toEqual(["DisplayName", "Description", "Functions.Metadata.Url", "GetStarted.Title", "Group.Label", "TaskpaneButton.Label", "GetStarted.Description", "TaskpaneButton.Tooltip"]);
      // Every string resource is localized; every override is da-DK, exactly one per element.
      const strings = elements.filter((e) => e.name === "String" && e.path.includes("Resources")).map((e) => e.attributes.id);
      expect(described).toEqual(expect.arrayContaining(strings));
      const overrides = elements.filter((e) => e.name === "Override");
      expect(overrides.map((o) => o.attributes.Locale)).toEqual(described.map(() => "da-DK"));
      // The defaults are English, the overrides Danish.
      const danish = /[æøåÆØÅ]|Specialøkonomi|Skriv|Åbn/;
      for (const e of localized) expect({ id: e.attributes.id ?? e.name, english: !danish.test(e.attributes.DefaultValue ?? "") }).toEqual({ id: e.attributes.id ?? e.name, english: true });
      expect(overrides.filter((o) => !o.attributes.Value.startsWith("https://")).every((o) => danish.test(o.attributes.Value))).toBe(true);
    });
  });
}

manifestChecks("manifest.xml, checked offline", () => path.join(ROOT, "manifest.xml"), "https://localhost:3000", () => ROOT);

describe("npm run release", () => {
  const release = (origin: string | undefined, out?: string) =>
    spawnSync(process.execPath, [path.join(ROOT, "scripts/release.js"), ...(out === undefined ? [] : ["--out", out])], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ADDIN_ORIGIN: origin ?? "" },
    });

  it.each([
    [undefined, /ADDIN_ORIGIN is not set/],
    ["https://localhost:3000", /is this machine/],
    ["https://127.0.0.1:8443", /is this machine/],
    ["http://specialokonomi.kommune.dk", /is not https/],
    ["https://specialokonomi.kommune.dk/addin", /without a path/],
  ])("refuses ADDIN_ORIGIN=%p and builds nothing", (origin, why) => {
    const out = mkdtempSync(path.join(tmpdir(), "release-refused-"));
    const result = release(origin, out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(why);
    expect(existsSync(path.join(out, "manifest.xml"))).toBe(false);
  });

  const out = mkdtempSync(path.join(tmpdir(), "release-"));
  describe("with an https origin", () => {
    beforeAll(() => {
      const result = release("https://specialokonomi.kommune.dk", out);
      if (result.status !== 0) throw new Error(`the release build failed: ${result.stderr}`);
    }, 180000);
    manifestChecks("its manifest, checked offline", () => path.join(out, "manifest.xml"), "https://specialokonomi.kommune.dk", () => out);

    it("carries its version in the functions' metadata URLs, so Excel loads a new release's functions (issue #29)", () => {
      const version = manifestText(path.join(out, "manifest.xml"), "Version");
      const metadata = readManifest(path.join(out, "manifest.xml")).filter((e) => (e.attributes.DefaultValue ?? e.attributes.Value ?? "").includes("/functions"));
      const json = metadata.map((e) => e.attributes.DefaultValue ?? e.attributes.Value).filter((u) => u.includes(".json"));
      expect(json).toEqual([`https://specialokonomi.kommune.dk/functions.json?v=${version}`, `https://specialokonomi.kommune.dk/functions-da.json?v=${version}`]);
      // The development build's manifest keeps the plain URLs.
      expect(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).not.toContain("?v=");
    });

    it("is plain static files (issue #29): served by a plain static server, the pane applies the model and ties out, and every URL of the manifest and the functions files is a file of the folder", async () => {
      const { server, origin: local } = await serveDist(out);
      const browser = await launch();
      try {
        const { page } = await openPane(browser, local, { displayLanguage: "da-DK", workbook: PUPIL_WORKBOOK });
        await page.getByRole("button", { name: "Hent tabellen" }).click();
        await page.getByRole("button", { name: "Anvend modellen" }).click();
        await page.getByText(/^Arket Resultat 2023-24 er skrevet .*Læst tilbage/).waitFor({ timeout: 30000 });
        await expect(cspViolations(page)).resolves.toEqual([]);
      } finally {
        await browser.close();
        server.close();
      }
      const manifestUrls = readManifest(path.join(out, "manifest.xml")).flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value]).filter((u): u is string => u?.startsWith("https://") === true);
      const helpUrls = ["functions.json", "functions-da.json"].flatMap((f) => [...readFileSync(path.join(out, f), "utf8").matchAll(/"helpUrl":\s*"([^"]+)"/g)].map((m) => m[1]));
      expect(helpUrls.length).toBeGreaterThanOrEqual(22);
      const missing = [...manifestUrls, ...helpUrls].map((u) => decodeURIComponent(new URL(u).pathname)).filter((p) => !existsSync(path.join(out, p)));
      expect(missing).toEqual([]);
    }, 120000);

    it("ships no source maps (issue #28): no .map file, no sourceMappingURL in a bundle", () => {
      const files = readdirSync(out, { recursive: true }).map(String);
      expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
      for (const f of files.filter((f) => f.endsWith(".js"))) expect(readFileSync(path.join(out, f), "utf8")).not.toContain("sourceMappingURL");
      expect(files.some((f) => f.endsWith("taskpane.js"))).toBe(true);
    });
  });
});
