import { columnName, parseCell } from "../core/address";
import type { ExampleCell, FunctionDef, Text } from "./define";
import { FUNCTIONS } from "./defs";
import { danishFormula } from "./formula";
import { type HelpLanguage, helpPath, nameIn, parameterName, signature } from "./metadata";

/**
 * The help pages, as static HTML: one per function and language, and an index per language. Built
 * from the metadata Excel reads (names, descriptions, parameters, in the page's language) and the
 * help texts of the function's definition (src/functions/defs), so the page and the autocomplete
 * cannot disagree. No script: the pages
 * open in Excel's help pane or a browser and are readable without one.
 */
const WORDS = {
  da: {
    product: "Specialøkonomi",
    functions: "Funktioner",
    syntax: "Syntaks",
    rule: "Regel",
    parameters: "Parametre",
    name: "Navn",
    description: "Beskrivelse",
    unit: "Enhed",
    default: "Standard",
    required: "påkrævet",
    example: "Eksempel",
    source: "Kilde",
    formula: "Formel",
    in: "i",
    result: "Resultat",
    errors: "Fejl",
    when: "Når",
    other: "English",
    index: "Alle funktioner",
    sheet: "Eksempelark",
    intro: "Funktionerne i Specialøkonomi-tilføjelsesprogrammet til Excel. Danske navne i dansk Excel, engelske i alle andre sprog.",
    errorNote: "Fejlen har en besked, der nævner argumentet og hvad der var ventet; hold musen over fejlindikatoren for at se den.",
  },
  en: {
    product: "Special Education Economics",
    functions: "Functions",
    syntax: "Syntax",
    rule: "Rule",
    parameters: "Parameters",
    name: "Name",
    description: "Description",
    unit: "Unit",
    default: "Default",
    required: "required",
    example: "Example",
    source: "Source",
    formula: "Formula",
    in: "in",
    result: "Result",
    errors: "Errors",
    when: "When",
    other: "Dansk",
    index: "All functions",
    sheet: "Example sheet",
    intro: "The functions of the Special Education Economics add-in for Excel. Danish names in Danish Excel, English names in every other language.",
    errorNote: "The error carries a message naming the argument and what was expected; point at the error indicator to read it.",
  },
} as const;

const ERROR_NAMES: Record<HelpLanguage, Record<string, string>> = {
  da: { "#VALUE!": "#VÆRDI!", "#N/A": "#I/T" },
  en: { "#VALUE!": "#VALUE!", "#N/A": "#N/A" },
};

export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function other(language: HelpLanguage): HelpLanguage {
  return language === "da" ? "en" : "da";
}

function formula(text: string, language: HelpLanguage): string {
  return language === "da" ? danishFormula(text) : text;
}

function number(value: number, language: HelpLanguage): string {
  if (Number.isInteger(value) && value >= 1900 && value <= 2100) return String(value); // a year
  return new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 4 }).format(value);
}

function cellText(cell: ExampleCell, language: HelpLanguage): string {
  if (cell === null) return "";
  if (typeof cell === "number") return number(cell, language);
  if (typeof cell === "object") {
    const [y, m, d] = cell.date.split("-");
    return language === "da" ? `${d}-${m}-${y}` : `${y}-${m}-${d}`;
  }
  return cell.startsWith("=") ? formula(cell, language) : cell;
}

function exampleSheet(fn: FunctionDef, language: HelpLanguage): string {
  const { sheet, cell, formula: f } = fn.example;
  const target = parseCell(cell);
  const rows = Math.max(sheet.length, target.row + 1);
  const columns = Math.max(...sheet.map((r) => r.length), target.column + 1);
  const head = Array.from({ length: columns }, (_x, c) => `<th scope="col">${columnName(c)}</th>`).join("");
  const body = Array.from({ length: rows }, (_x, r) => {
    const cells = Array.from({ length: columns }, (_y, c) => {
      if (r === target.row && c === target.column) return `<td class="formula">${escape(formula(f, language))}</td>`;
      const value = sheet[r]?.[c] ?? null;
      const numeric = typeof value === "number" || (value !== null && typeof value === "object");
      return `<td${numeric ? ' class="number"' : ""}>${escape(cellText(value, language))}</td>`;
    }).join("");
    return `<tr><th scope="row">${r + 1}</th>${cells}</tr>`;
  }).join("\n");
  return `<table class="sheet" aria-label="${escape(WORDS[language].sheet)}"><thead><tr><td></td>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function resultText(fn: FunctionDef, language: HelpLanguage): string {
  const v = fn.example.value;
  if (typeof v === "boolean") return v ? (language === "da" ? "SAND" : "TRUE") : language === "da" ? "FALSK" : "FALSE";
  if (typeof v === "number") return number(v, language);
  return v.map((x) => number(x, language)).join(language === "da" ? "; " : ", ");
}

export function page(title: string, language: HelpLanguage, alternate: string, main: string): string {
  const w = WORDS[language];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>${escape(title)} · ${escape(w.product)}</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 52rem; padding: 1rem 1.5rem 3rem; color: #242424; }
nav { display: flex; gap: 1rem; font-size: 0.9rem; }
a { color: #0f6cbd; }
a:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
code, .formula { font-family: Consolas, "Courier New", monospace; }
img { max-width: 100%; height: auto; border: 1px solid #d1d1d1; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th, tbody th { background: #f5f5f5; font-weight: 600; }
.sheet td.number { text-align: right; }
.sheet td.formula { background: #ebf3fc; }
</style>
</head>
<body>
<nav aria-label="${escape(w.functions)}"><a href="index.html">${escape(w.index)}</a><a href="${escape(alternate)}" hreflang="${other(language)}" lang="${other(language)}">${escape(w.other)}</a></nav>
<main>
${main}
</main>
</body>
</html>
`;
}

function text(t: Text, language: HelpLanguage): string {
  return escape(t[language]);
}

/** The help page of one function, in one language. */
export function renderHelpPage(fn: FunctionDef, language: HelpLanguage): string {
  const w = WORDS[language];
  const rows = fn.parameters
    .map((p) => {
      const dflt = p.omitted === undefined ? w.required : p.omitted[language];
      const description = language === "da" ? p.da.description : p.description;
      return `<tr><th scope="row"><code>${escape(parameterName(p, language))}</code></th><td>${escape(description)}</td><td>${text(p.unit, language)}</td><td>${escape(dflt)}</td></tr>`;
    })
    .join("\n");
  const errors = fn.errors.map((e) => `<li><code>${ERROR_NAMES[language][e.code]}</code>: ${text(e.when, language)}</li>`).join("\n");
  const name = nameIn(fn, language);
  const main = `<h1>${escape(name)}</h1>
<p>${escape(description(fn, language))}</p>
<h2>${w.syntax}</h2>
<p><code>${escape(signature(fn, language))}</code></p>
<h2>${w.rule}</h2>
${fn.rule.map((r) => `<p>${text(r, language)}</p>`).join("\n")}
<h2>${w.parameters}</h2>
<table>
<thead><tr><th scope="col">${w.name}</th><th scope="col">${w.description}</th><th scope="col">${w.unit}</th><th scope="col">${w.default}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>${w.example}</h2>
<p>${w.source}: ${text(fn.example.source, language)}.</p>
${exampleSheet(fn, language)}
<p>${w.formula} ${w.in} ${escape(fn.example.cell)}: <code>${escape(formula(fn.example.formula, language))}</code> → <strong>${escape(resultText(fn, language))}</strong></p>
<p>${text(fn.example.answer, language)}</p>
<h2>${w.errors}</h2>
<ul>
${errors}
</ul>
<p>${w.errorNote}</p>`;
  return page(name, language, `../${other(language)}/${fn.page}.html`, main);
}

function description(fn: FunctionDef, language: HelpLanguage): string {
  return language === "da" ? fn.da.description : fn.description;
}

/** Every page of the help, by path below the origin: index and functions, in both languages. */
export function helpPages(functions: readonly FunctionDef[] = FUNCTIONS): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const language of ["en", "da"] as const) {
    for (const fn of functions) pages[helpPath(fn.page, language)] = renderHelpPage(fn, language);
    pages[`help/${language}/index.html`] = renderIndex(functions, language);
  }
  return pages;
}

function renderIndex(functions: readonly FunctionDef[], language: HelpLanguage): string {
  const w = WORDS[language];
  const items = functions
    .map((fn) => `<li><a href="${escape(fn.page)}.html"><code>${escape(nameIn(fn, language))}</code></a>: ${escape(description(fn, language))}</li>`)
    .join("\n");
  return page(w.functions, language, `../${other(language)}/index.html`, `<h1>${w.product}: ${w.functions.toLowerCase()}</h1>\n<p>${w.intro}</p>\n<ul>\n${items}\n</ul>`);
}
