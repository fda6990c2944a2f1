/*
 * Builds the command line (tools/cli.ts) for Node into dist-cli/cli.js: one self-contained file that
 * runs from any directory on any machine with Node 20, with nothing of src/ or node_modules beside it
 * (`npm run make-template` and `npm run check` run it). Every package it uses is bundled in, and is a
 * runtime dependency in package.json; the functions and their metadata come from their definitions
 * (src/functions/defs), as in the add-in's build.
 * The benchmarks (tools/bench.ts → dist-cli/bench.js, `npm run bench`) are a dev tool: their packages
 * (Playwright, TypeScript) stay in node_modules.
 */
const path = require("node:path");

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
  },
  {
    ...common,
    name: "bench",
    entry: { bench: "./tools/benchRun.ts" },
    externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request ?? "") && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback())],
  },
];
