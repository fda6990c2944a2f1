/*
 * Builds dist/: functions.js + functions.json + functions.html (custom functions), taskpane.js +
 * taskpane.html (the pane), manifest.xml and assets/. `npm run build` is production; `npm start`
 * serves the same over HTTPS on localhost:3000 (see scripts/start.js).
 */
const fs = require("node:fs");
const path = require("node:path");
const { guard } = require("./scripts/devServerGuard");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { KeepCommonJsApart } = require("./scripts/keepCommonJsApart");

const DEV_ORIGIN = "https://localhost:3000";

/** The help pages' file names, as the definitions in src/functions/defs declare them (`page: "…"`). */
function helpFiles() {
  const dir = "./src/functions/defs";
  const pages = fs
    .readdirSync(dir)
    .flatMap((file) => [...fs.readFileSync(path.join(dir, file), "utf8").matchAll(/^\s+page: "([a-z-]+)",$/gm)].map((m) => m[1]));
  return ["da", "en"].flatMap((language) => ["index", ...pages].map((page) => `help/${language}/${page}.html`));
}

/**
 * functions.json, functions-da.json and the help pages, rendered at build time by
 * src/functions/buildAssets.ts from the functions' definitions (html-webpack-plugin compiles and runs
 * the TypeScript module, one output file per instance); help URLs point at `origin`.
 */
function generatedFiles(origin) {
  // The Danish user guide, rendered from docs/brugervejledning.md beside the help pages (src/functions/guidePage.ts).
  const guide = fs.readFileSync("./docs/brugervejledning.md", "utf8");
  return ["functions.json", "functions-da.json", ...helpFiles(), "help/da/brugervejledning.html"].map(
    (file) =>
      new HtmlWebpackPlugin({
        filename: file,
        template: "./src/functions/buildAssets.ts",
        templateParameters: { file, origin, guide },
        inject: false,
        minify: false,
        chunks: [],
      }),
  );
}

/**
 * A release's manifest: the functions' metadata URLs carry the manifest's version (`?v=0.1.0.0`).
 * Excel keeps the metadata it loaded for as long as the URL is the same (Excel-Custom-Functions #301,
 * office-js #3316), so a release that adds or renames a function, with its version raised, is loaded
 * anew. The development build keeps plain URLs.
 */
function releaseManifest(xml, release) {
  if (!release) return xml;
  const version = /<Version>([^<]+)<\/Version>/.exec(xml)[1];
  return xml.replace(/(\/functions(?:-[a-z]{2})?\.json)"/g, `$1?v=${version}"`);
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  // Where the built add-in will be hosted; the manifest's URLs are rewritten to it.
  const origin = (process.env.ADDIN_ORIGIN || DEV_ORIGIN).replace(/\/$/, "");
  return {
    mode: production ? "production" : "development",
    // Never eval-based source maps: the bundles must run under a Content-Security-Policy without unsafe-eval.
    // A release (ADDIN_ORIGIN set by `npm run release`) ships none unless asked (`-- --source-maps`).
    devtool: process.env.ADDIN_ORIGIN && !process.env.ADDIN_SOURCE_MAPS ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      // dist/, or where `npm run release -- --out <dir>` asks.
      path: process.env.ADDIN_OUT ? path.resolve(process.env.ADDIN_OUT) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The parts of the pane fetched on first use (src/taskpane/later.ts); hashed, so a cached old one is never run.
      chunkFilename: "[name].[contenthash:8].js",
      // Relative to the page: the chunks sit next to taskpane.html, wherever the add-in is hosted.
      publicPath: "",
      clean: true,
      // Excel's JavaScript-only runtime has neither `window` nor `self`.
      globalObject: "globalThis",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // No Node `global` shim: webpack's shim falls back to `new Function("return this")`, which a
    // Content-Security-Policy without 'unsafe-eval' forbids; every browser Excel uses has globalThis.
    node: { global: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        // Our makeStyles, resolved at build time as Fluent UI ships its own (Griffel's loader, after
        // ts-loader): the browser then neither parses nor hashes our style objects while React takes
        // the pre-rendered page over (DEVELOPING decision 39).
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          enforce: "post",
          use: { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
        },
      ],
    },
    performance: { hints: false },
    // webpack's own HTML minimizer drops comments, and React's server rendering separates adjacent
    // texts with <!-- -->: without them the pre-rendered page no longer hydrates (React error #418).
    optimization: { minimizeOptions: { html: false } },
    plugins: [
      new KeepCommonJsApart(),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      // The page with the pane's first view pre-rendered (src/taskpane/taskpanePage.ts, run at build time).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpanePage.ts",
        chunks: ["taskpane"],
        // The page names its bundle itself, before Office.js (taskpanePage.ts).
        inject: false,
        // Not minified: html-minifier-terser collapses whitespace in the pre-rendered text, and
        // React's hydration would find the page different from what it renders.
        minify: false,
      }),
      ...generatedFiles(origin),
      // The pre-render, compiled by html-webpack-plugin's own compiler, takes the pane's deferred parts
      // outright (src/taskpane/laterEager.ts): fetched on demand they would be emitted a second time.
      new webpack.NormalModuleReplacementPlugin(/^\.\.?\/(\.\.\/)?later$/, (resource) => {
        if (resource.contextInfo.compiler === "HtmlWebpackCompiler") resource.request = resource.request.replace(/later$/, "laterEager");
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The user guide's pictures, beside it (docs/brugervejledning.md names them relatively).
          { from: "docs/*.png", to: "help/da/[name][ext]" },
          { from: "assets/Eksempel.xlsx", to: "assets/Eksempel.xlsx" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => releaseManifest(content.toString().split(DEV_ORIGIN).join(origin), Boolean(process.env.ADDIN_ORIGIN)),
          },
        ],
      }),
    ],
    // For this machine only (scripts/devServerGuard.js): localhost unless `npm start -- --host` says
    // otherwise, no wildcard CORS, source maps and the asset listing to this machine alone.
    devServer: {
      host: "localhost",
      port: 3000,
      setupMiddlewares: (middlewares) => [{ name: "this-machine-only", middleware: guard }, ...middlewares],
      // No hot reload or client script: the functions bundle must stay free of DOM code.
      hot: false,
      liveReload: false,
      client: false,
      static: false,
      server: env && env.WEBPACK_SERVE ? await httpsServer() : undefined,
    },
  };
};

/** The dev server's certificate from office-addin-dev-certs (installed as trusted where it can be). */
async function httpsServer() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    // Linux without sudo, or a declined prompt: serve with the generated certificate, untrusted.
    const fs = require("node:fs");
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(
      `Could not install the development certificate as trusted (${error.message.split("\n")[0]}).\n` +
        `Trust ${caCertificatePath} in your browser, or open https://localhost:3000/taskpane.html once and accept it.`,
    );
    return {
      type: "https",
      options: {
        ca: fs.readFileSync(caCertificatePath),
        cert: fs.readFileSync(localhostCertificatePath),
        key: fs.readFileSync(localhostKeyPath),
      },
    };
  }
}
