import { prerenderPane } from "./prerender";

/**
 * The page's <head>. The pane runs only its own bundle and Microsoft's Office.js, from either CDN
 * Microsoft documents it at (appsforoffice.microsoft.com, and since 2026
 * officeapis.public.onecdn.static.microsoft: office-js-docs-pr #5882), which loads its host scripts
 * from the same CDN and reports to Microsoft's telemetry: no inline script, no eval, no plugins, no
 * frames, no foreign images or fonts. Styles are inline because the pre-rendered styles sit in the
 * page and Fluent UI (Griffel) and Office.js insert <style> elements at run time. Office.js comes
 * from Microsoft's CDN, as Office add-ins require.
 */
const HEAD = [
  '<meta charset="UTF-8" />',
  '<meta name="viewport" content="width=device-width, initial-scale=1" />',
  `<meta http-equiv="Content-Security-Policy" content="${[
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com https://officeapis.public.onecdn.static.microsoft https://ajax.aspnetcdn.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self' https://*.microsoft.com https://*.office.com https://*.office.net",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ")}" />`,
  "<title>Specialøkonomi</title>",
  // No frame before the page is parsed (Chromium 124+, so Edge in Excel; other browsers ignore it): the
  // page is the whole first view, and painting it half-parsed costs a layout of its own before the
  // bundle can run (DEVELOPING decision 39).
  '<link rel="expect" href="#" blocking="render" />',
  // The pane's bundle, deferred: it runs after the page is parsed, so after Office.js, as Office.js
  // requires. Named before Office.js and fetched at high priority so that its download starts at once,
  // in parallel with Office.js: a deferred script is otherwise fetched late (Chromium holds back
  // low-priority requests while a parser-blocking script loads), and the pane's code then waits for it
  // (DEVELOPING decision 39).
  '<script defer fetchpriority="high" src="taskpane.js"></script>',
  '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
].join("");

/**
 * Run at build time, not in Excel: webpack.config.js hands this module to html-webpack-plugin, which
 * writes what it returns as taskpane.html (its <head> names the bundle itself, see HEAD): the
 * pane's first view pre-rendered into #root, its styles in <head>, so the page paints before any of
 * its script has run, and the bundle hydrates it (src/taskpane/index.tsx).
 */
export default function taskpanePage(): string {
  const { html, styles, key } = prerenderPane();
  return `<!doctype html><html lang="da"><head>${HEAD}${styles}</head><body style="margin: 0"><div id="root" data-prerendered="${key}">${html}</div></body></html>`;
}
