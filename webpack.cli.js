/*
 * Builds the command line (tools/cli.ts) for Node into dist-cli/cli.js: `npm run make-template` and
 * `npm run check` run it; and the benchmarks (tools/bench.ts) into dist-cli/bench.js for `npm run bench`. Packages stay in node_modules (required at run time).
 */
const path = require("node:path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: { cli: "./tools/run.ts", bench: "./tools/benchRun.ts" },
  output: { path: path.resolve(__dirname, "dist-cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  externalsPresets: { node: true },
  externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request ?? "") && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback())],
  module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
  optimization: { minimize: false },
  devtool: false,
};
