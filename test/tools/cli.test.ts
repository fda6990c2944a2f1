/**
 * The command line: templates to .xlsx (the same formulas the pane writes; LibreOffice opens them)
 * and the check over .xlsx files, evaluated by a formula engine with the add-in's functions.
 */
import { cellAddress } from "../../src/core/address";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import path from "node:path";
import { templateLayout, TEMPLATE_KINDS } from "../../src/sheets/templates";
import { main } from "../../tools/cli";
import { readXlsx, writeXlsx } from "../../tools/xlsx";
import { ballerupTyped, TABEL_1 } from "../../tools/seeds";
import { sourceFunctions } from "../../tools/sourceFunctions";

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "specialokonomi-"));
const run = async (...argv: string[]) => {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, lines };
};

/** Seed 000's Tabel 1 typed as values, with `edit` planting errors. */
async function tabel1File(file: string, edit: (rows: unknown[][]) => void = () => undefined): Promise<void> {
  const rows: unknown[][] = [
    ["1.000 kr. 2023 p/l", "Styringsområde", ...TABEL_1.years],
    ["Varige ændringer"],
    ["Færre elever i specialundervisningstilbud", "Service", ...TABEL_1.fewerPupils],
    ["Samlet varig ændring", null, ...TABEL_1.fewerPupils],
    [],
    ["Samlet økonomisk påvirkning", null, ...TABEL_1.total],
    ["Tilbagebetalingstid baseret på totaløkonomi", null, TABEL_1.payback],
    [],
    ["Alle besparelser er angivet med negativt (-) fortegn."],
  ];
  edit(rows);
  await writeXlsx(file, [{ sheet: "Tabel 1", cells: rows as never, names: [], numberFormats: [], bold: [] }]);
}

describe("npm run make-template", () => {
  it.each(TEMPLATE_KINDS)("%s: writes the same cells and formulas the task pane writes", async (kind) => {
    const file = path.join(dir, `${kind}.xlsx`);
    await expect(run("make-template", kind, file, "--first-year", "2026", "--years", "4", "--price-year", "2026")).resolves.toMatchObject({ code: 0 });
    const written = await readXlsx(file);
    const layout = templateLayout(kind, "x", { firstYear: 2026, years: 4, priceYear: 2026 });
    const sheet = Object.values(written.sheets)[0];
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null) expect({ r, c, cell: sheet[r]?.[c] }).toEqual({ r, c, cell });
      }),
    );
  });

  it("opens in LibreOffice without errors: it converts to PDF", () => {
    const file = path.join(dir, "libreoffice.xlsx");
    return writeXlsx(file, [templateLayout("investment", "Investeringsforslag", { firstYear: 2022, years: 6, priceYear: 2023, filled: true })]).then(() => {
      const profile = `file://${mkdtempSync(path.join(tmpdir(), "lo-profile-"))}`;
      const result = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
        encoding: "utf8",
        timeout: 120000,
      });
      if (result.error) throw new Error(`LibreOffice could not run (apt-get install libreoffice-calc-nogui): ${result.error.message}`);
      expect(result.status).toBe(0);
      const pdf = path.join(dir, "libreoffice.pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(5000);
    });
  }, 150000);

  it("refuses an unknown kind with its usage", async () => {
    const { code, lines } = await run("make-template", "pension", path.join(dir, "x.xlsx"));
    expect(code).toBe(2);
    expect(lines[0]).toMatch(/^usage: make-template <investment\|prioritisation\|initiatives\|skolefleks\|budget>/);
  });

  it("never writes over a workbook unasked: refused, the file unchanged; replaced with --force (issue #18)", async () => {
    const file = path.join(dir, "udfyldt.xlsx");
    writeFileSync(file, "a filled-in proposal");
    const refused = await run("make-template", "investment", file);
    expect(refused).toEqual({ code: 2, lines: [`${file}: findes allerede og er ikke ændret; brug --force for at erstatte den | already exists and was not changed; use --force to replace it`] });
    expect(readFileSync(file, "utf8")).toBe("a filled-in proposal");
    await expect(run("make-template", "investment", file, "--force")).resolves.toEqual({ code: 0, lines: [`${file}: Investeringsforslag`] });
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });

  it("never writes through a link: a dangling one or one to a file is refused, saying where it points; nothing created or changed (issue #28)", async () => {
    const links = mkdtempSync(path.join(tmpdir(), "links-"));
    const target = path.join(links, "andet-sted.xlsx");
    symlinkSync(target, path.join(links, "genvej.xlsx"));
    const dangling = await run("make-template", "investment", path.join(links, "genvej.xlsx"), "--force");
    expect(dangling).toEqual({ code: 2, lines: [`${path.join(links, "genvej.xlsx")}: er en genvej (til ${target}) og er ikke ændret; skriv til selve filen | is a link (to ${target}) and was not changed; write to the file itself`] });
    expect(existsSync(target)).toBe(false);
    writeFileSync(target, "a proposal");
    await expect(run("make-template", "investment", path.join(links, "genvej.xlsx"), "--force")).resolves.toMatchObject({ code: 2 });
    expect(readFileSync(target, "utf8")).toBe("a proposal");
  });

  it("says in words, in both languages, why it could not write, and leaves nothing half-written (issue #28)", async () => {
    const missing = path.join(dir, "findes-ikke", "ny.xlsx");
    await expect(run("make-template", "investment", missing)).resolves.toEqual({ code: 2, lines: [`${missing}: ikke skrevet, mappen findes ikke | not written, the folder does not exist`] });
    const folder = mkdtempSync(path.join(tmpdir(), "mappe-"));
    await expect(run("make-template", "investment", folder, "--force")).resolves.toEqual({ code: 2, lines: [`${folder}: ikke skrevet, det er en mappe | not written, it is a folder`] });
    // A name with a newline is shown escaped: it cannot forge a line.
    const odd = path.join(folder, "ny\nlinje.xlsx");
    const written = await run("make-template", "investment", odd);
    expect(written).toEqual({ code: 0, lines: [`${folder}/ny\\nlinje.xlsx: Investeringsforslag`] });
    expect(readdirSync(folder)).toEqual(["ny\nlinje.xlsx"]);
  });

  it.each([
    [["--years", "abc"], '--years: forventede et helt antal år fra 1 til 20, fik »abc« | expected a whole number of years from 1 to 20, got "abc"'],
    [["--years", "0"], '--years: forventede et helt antal år fra 1 til 20, fik »0« | expected a whole number of years from 1 to 20, got "0"'],
    [["--first-year", "26"], '--first-year: forventede et årstal med fire cifre, fik »26« | expected a four-digit year, got "26"'],
    [["--price-year"], "--price-year: forventede et årstal med fire cifre, fik intet | expected a four-digit year, got nothing"],
    [["--yeras", "4"], "--yeras: ukendt tilvalg | unknown option"],
  ])("refuses %j in words, and writes nothing", async (options, said) => {
    const file = path.join(dir, `afvist-${options[0]}.xlsx`);
    const { code, lines } = await run("make-template", "investment", file, ...options);
    expect([code, lines[0]]).toEqual([2, said]);
    expect(existsSync(file)).toBe(false);
  });
});

describe("npm run check", () => {
  const clean = path.join(dir, "clean");
  const planted = path.join(dir, "planted");

  beforeAll(async () => {
    execFileSync("mkdir", ["-p", clean, planted]);
    for (const kind of TEMPLATE_KINDS) {
      await writeXlsx(path.join(clean, `${kind}.xlsx`), [templateLayout(kind, kind, { firstYear: 2022, years: 4, priceYear: 2022, filled: true })]);
    }
    await tabel1File(path.join(clean, "tabel1.xlsx"));
    await tabel1File(path.join(planted, "a-total.xlsx"), (rows) => (rows[3][4] = -900));
    await tabel1File(path.join(planted, "b-sign.xlsx"), (rows) => {
      rows[2][5] = 1000;
      rows[3][5] = 1000;
    });
    await tabel1File(path.join(planted, "c-pl.xlsx"), (rows) => (rows[0][0] = "1.000 kr."));
    await tabel1File(path.join(planted, "d-payback.xlsx"), (rows) => (rows[6][2] = 4));
  });

  it("finds nothing in seed-faithful workbooks, templates filled with their seeds included", async () => {
    const { code, lines } = await run("check", clean);
    expect(lines).toEqual([
      ...["budget", "initiatives", "investment", "prioritisation", "skolefleks", "tabel1"].map((f) => `${path.join(clean, `${f}.xlsx`)}: ingen fund / no findings`),
      "I alt: 6 kontrolleret, 0 med fund, 0 ikke kontrolleret / In all: 6 checked, 0 with findings, 0 not checked",
    ]);
    expect(code).toBe(0);
  });

  it("gives every file its line, checked or why not, finds what the readable ones hold, changes nothing, and exits 2 (issue #18)", async () => {
    const mixed = path.join(dir, "mixed");
    execFileSync("mkdir", ["-p", mixed]);
    await tabel1File(path.join(mixed, "a-fund.xlsx"), (rows) => (rows[3][4] = -900));
    // An .ods and an .xls as LibreOffice writes them; a CSV, an empty file, half an .xlsx, an encrypted
    // one (an OLE2 file with an EncryptionInfo stream, as Excel writes it), a zip with no workbook.
    for (const to of ["ods", "xls"]) {
      const profile = `file://${mkdtempSync(path.join(tmpdir(), "lo-profile-"))}`;
      const made = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", to, "--outdir", mixed, path.join(mixed, "a-fund.xlsx")], { timeout: 120000 });
      expect(made.status).toBe(0);
    }
    writeFileSync(path.join(mixed, "c-csv.xlsx"), "Styringsområde;2022;2023\nService;625;1080\n");
    writeFileSync(path.join(mixed, "d-tom.xlsx"), "");
    const whole = readFileSync(path.join(mixed, "a-fund.xlsx"));
    writeFileSync(path.join(mixed, "e-halv.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    const ole = Buffer.alloc(4096);
    Buffer.from("d0cf11e0a1b11ae1", "hex").copy(ole);
    Buffer.from("EncryptionInfo", "utf16le").copy(ole, 1024);
    writeFileSync(path.join(mixed, "f-krypteret.xlsx"), ole);
    const zip = new JSZip();
    zip.file("readme.txt", "no workbook here");
    writeFileSync(path.join(mixed, "g-zip.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    // 60.000 pupils' rows under Tabel 1 (420.000 cells, within the 500.000), whose total in F4 is planted wrong.
    const long: unknown[][] = [
      ["1.000 kr. 2023 p/l", "Styringsområde", 2022, 2023, 2024, 2025],
      ["Effektivisering", "Service", 100, 200, 300, 400],
      ["Merudgift", "Service", 50, 60, 70, 80],
      ["Samlet varig ændring", "", 150, 260, 370, 999],
    ];
    for (let i = 0; i < 60000; i += 1) long.push([`Elev ${i}`, "Skole", i % 1000, (i * 7) % 1000, 1, 2]);
    await writeXlsx(path.join(mixed, "h-lang.xlsx"), [{ sheet: "Tabel 1", cells: long as never, names: [], numberFormats: [], bold: [] }]);
    const empty = path.join(dir, "empty-folder");
    execFileSync("mkdir", ["-p", empty]);
    writeFileSync(path.join(empty, "notes.txt"), "");
    const sums = () => Object.fromEntries(readdirSync(mixed).map((f) => [f, createHash("sha256").update(readFileSync(path.join(mixed, f))).digest("hex")]));
    const before = sums();

    const missing = path.join(dir, "findes-ikke.xlsx");
    const { code, lines } = await run("check", missing, mixed, empty);
    const at = (f: string) => path.join(mixed, f);
    expect(lines.filter((l) => !l.startsWith("  "))).toEqual([
      `${missing}: ikke kontrolleret, findes ikke / not checked, does not exist`,
      `${at("a-fund.ods")}: ikke kontrolleret, en .ods-projektmappe (OpenDocument) kan ikke læses: gem den som .xlsx / not checked, an .ods workbook (OpenDocument) cannot be read: save it as .xlsx`,
      `${at("a-fund.xls")}: ikke kontrolleret, en .xls-projektmappe (Excel 97-2003) kan ikke læses: gem den som .xlsx / not checked, an .xls workbook (Excel 97-2003) cannot be read: save it as .xlsx`,
      `${at("a-fund.xlsx")}: 1 fund / findings`,
      `${at("c-csv.xlsx")}: ikke kontrolleret, ikke en .xlsx-projektmappe (fx tekst eller CSV) / not checked, not an .xlsx workbook (e.g. text or CSV)`,
      `${at("d-tom.xlsx")}: ikke kontrolleret, tom fil / not checked, an empty file`,
      `${at("e-halv.xlsx")}: ikke kontrolleret, kunne ikke læses: filen er beskadiget eller ufuldstændig / not checked, could not be read: the file is damaged or incomplete`,
      `${at("f-krypteret.xlsx")}: ikke kontrolleret, krypteret (beskyttet med adgangskode): gem den uden adgangskode / not checked, encrypted (password-protected): save it without a password`,
      `${at("g-zip.xlsx")}: ikke kontrolleret, ikke en .xlsx-projektmappe (en zip-fil uden projektmappe) / not checked, not an .xlsx workbook (a zip file without a workbook)`,
      `${at("h-lang.xlsx")}: 1 fund / findings`,
      `${empty}: ikke kontrolleret, mappen har ingen projektmapper / not checked, the folder holds no workbooks`,
      "I alt: 2 kontrolleret, 2 med fund, 9 ikke kontrolleret / In all: 2 checked, 2 with findings, 9 not checked",
    ]);
    expect(lines).toContain("  Tabel 1!E4 [totalMismatch] Samlet varig ændring i E4 er -900, men posterne over summerer til -1000 | Samlet varig ændring at E4 is -900, but the items above sum to -1000");
    expect(lines).toContain("  Tabel 1!F4 [totalMismatch] Samlet varig ændring i F4 er 999, men posterne over summerer til 480 | Samlet varig ændring at F4 is 999, but the items above sum to 480");
    expect(code).toBe(2);
    expect(sums()).toEqual(before);
  }, 300000);

  it("finds each planted error, per file, and exits 1", async () => {
    const { code, lines } = await run("check", planted);
    expect(code).toBe(1);
    const kinds = lines.filter((l) => l.startsWith("  ")).map((l) => /\[(\w+)\]/.exec(l)?.[1]);
    expect(kinds).toEqual(expect.arrayContaining(["totalMismatch", "wrongSign", "missingPriceLevel", "paybackMismatch"]));
    expect(lines.filter((l) => !l.startsWith("  "))).toEqual([
      `${path.join(planted, "a-total.xlsx")}: 1 fund / findings`,
      `${path.join(planted, "b-sign.xlsx")}: 1 fund / findings`,
      `${path.join(planted, "c-pl.xlsx")}: 1 fund / findings`,
      `${path.join(planted, "d-payback.xlsx")}: 1 fund / findings`,
      "I alt: 4 kontrolleret, 4 med fund, 0 ikke kontrolleret / In all: 4 checked, 4 with findings, 0 not checked",
    ]);
    expect(lines).toContain("  Tabel 1!E4 [totalMismatch] Samlet varig ændring i E4 er -900, men posterne over summerer til -1000 | Samlet varig ændring at E4 is -900, but the items above sum to -1000");
  });

  it("runs as the built command alone: copied to a directory of its own, no src/ or node_modules near, on Ballerup's table in General format", async () => {
    const cli = path.join(ROOT, "dist-cli/cli.js");
    if (!existsSync(cli)) throw new Error("dist-cli/ is missing: run `npm run build` first (`npm test` does).");
    const away = mkdtempSync(path.join(tmpdir(), "cli-alone-"));
    copyFileSync(cli, path.join(away, "cli.js"));
    // Ballerup's day-treatment table typed from the PDF: values only, Excel's General format.
    const ballerup = (edit?: (rows: unknown[][]) => void) => [{ sheet: "Dagbehandling", cells: ballerupTyped(edit) as never, names: [], numberFormats: [], bold: [] }];
    await writeXlsx(path.join(away, "ballerup.xlsx"), ballerup());
    await writeXlsx(path.join(away, "ballerup-planted.xlsx"), ballerup((rows) => (rows[7][1] = 31.4))); // one off
    const env = { PATH: process.env.PATH ?? "", HOME: away };
    const result = spawnSync(process.execPath, ["cli.js", "check", "ballerup.xlsx", "ballerup-planted.xlsx"], { encoding: "utf8", cwd: away, env });
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      "ballerup.xlsx: ingen fund / no findings",
      "ballerup-planted.xlsx: 1 fund / findings",
      "  Dagbehandling!B8 [totalMismatch] I alt i B8 er 31.4, men posterne over summerer til 30.3 | I alt at B8 is 31.4, but the items above sum to 30.3",
      "I alt: 2 kontrolleret, 1 med fund, 0 ikke kontrolleret / In all: 2 checked, 1 with findings, 0 not checked",
      "",
    ]);
    expect(result.status).toBe(1);
    // And it writes a template there, with nothing of the repository beside it.
    const made = spawnSync(process.execPath, ["cli.js", "make-template", "investment", "ny.xlsx"], { encoding: "utf8", cwd: away, env });
    expect([made.status, made.stdout]).toEqual([0, "ny.xlsx: Investeringsforslag\n"]);
  }, 60000);

  it("runs as the built command, exit code and all", () => {
    const cli = path.join(ROOT, "dist-cli/cli.js");
    if (!existsSync(cli)) throw new Error("dist-cli/ is missing: run `npm run build` first (`npm test` does).");
    const result = spawnSync(process.execPath, [cli, "check", planted, clean], { encoding: "utf8", cwd: ROOT });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("a-total.xlsx: 1 fund / findings");
    expect(result.stdout).toContain("tabel1.xlsx: ingen fund / no findings");
  });
});

describe("files written outside Excel", () => {
  /** The functions whose answer is an array (ALLOCATE): in a file, each must be taken apart by INDEX. */
  const ARRAY_FUNCTIONS = sourceFunctions().metadata.functions.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id);

  /** Every formula in a written file that would need Excel to spill an array. */
  async function spillDependent(file: string): Promise<string[]> {
    const content = await readXlsx(file);
    const found: string[] = [];
    for (const [sheet, rows] of Object.entries(content.sheets)) {
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== "string" || !cell.startsWith("=")) return;
          for (const name of ARRAY_FUNCTIONS) {
            const calls = cell.split(`${name}(`).length - 1;
            const indexed = cell.split(`INDEX(${name}(`).length - 1;
            if (calls > indexed) found.push(`${sheet}!${cellAddress(r, c)}: ${cell}`);
          }
        }),
      );
    }
    return found;
  }

  it("no formula in any template, blank or filled, or in the sample workbook relies on a spill", async () => {
    expect(ARRAY_FUNCTIONS).toEqual(["ALLOCATE"]);
    const files: string[] = [];
    for (const kind of TEMPLATE_KINDS) {
      for (const filled of [false, true]) {
        const file = path.join(dir, `spill-${kind}-${filled}.xlsx`);
        await run("make-template", kind, file, ...(filled ? ["--filled"] : []));
        files.push(file);
      }
    }
    files.push(path.join(ROOT, "assets/Eksempel.xlsx"));
    for (const file of files) expect({ file: path.basename(file), spill: await spillDependent(file) }).toEqual({ file: path.basename(file), spill: [] });
  });
});
