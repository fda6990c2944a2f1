/*
 * Builds the command line (tools/cli.ts) for Node into dist-cli/cli.js: one self-contained file that
 * runs from any directory on any machine with Node 20, with nothing of src/ or node_modules beside it
 * (`npm run make-template` and `npm run check` run it). Every package it uses is bundled in, and is a
 * runtime dependency in package.json; the functions' metadata is parsed from src/functions/functions.ts
 * here, at build time, exactly as the add-in's build does.
 * The benchmarks (tools/bench.ts → dist-cli/bench.js, `npm run bench`) are a dev tool: their packages
 * (Playwright, TypeScript) stay in node_modules.
 */
const { readFileSync } = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const { parseTree } = require("custom-functions-metadata");

const FUNCTIONS_SOURCE = path.resolve(__dirname, "src/functions/functions.ts");

function functionsMetadata() {
  const parsed = parseTree(readFileSync(FUNCTIONS_SOURCE, "utf8"), FUNCTIONS_SOURCE);
  const errors = parsed.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return { functions: parsed.functions, associate: parsed.associate };
}

const common = {
  mode: "production",
  target: "node20",
  output: { path: path.resolve(__dirname, "dist-cli"), filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  externalsPresets: { node: true },
  module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
  optimization: { minimize: false },
  devtool: false,
};

module.exports = [
  {
    ...common,
    name: "cli",
    entry: { cli: "./tools/run.ts" },
    output: { ...common.output, clean: { keep: /bench\.js$/ } },
    plugins: [new webpack.DefinePlugin({ __FUNCTIONS_METADATA__: JSON.stringify(JSON.stringify(functionsMetadata())) })],
  },
  {
    ...common,
    name: "bench",
    entry: { bench: "./tools/benchRun.ts" },
    externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request ?? "") && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback())],
  },
];
