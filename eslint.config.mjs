// Lint: typescript-eslint's recommended rules, plus the layer map of the README enforced with
// no-restricted-imports so dependencies point one way only: core → sheets → office → taskpane, core →
// functions; tools/ (command line, bench, the stand-ins in tools/dev) → src; test/ → tools/, src.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-results/**", ".stryker-tmp/**", "reports/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: "error",
      "no-console": "error",
    },
  },
  {
    files: ["src/**"],
    rules: restrict([{ group: ["**/tools/**", "**/test/**"], message: "The add-in does not ship dev tools or tests." }]),
  },
  {
    files: ["src/core/**"],
    rules: restrict([
      { group: ["**/sheets/**", "**/functions/**", "**/office/**", "**/taskpane/**", "**/tools/**", "**/test/**"], message: "src/core is pure: no other layer." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "src/core has no UI." },
    ]),
  },
  {
    files: ["src/sheets/**"],
    rules: restrict([
      { group: ["**/functions/**", "**/office/**", "**/taskpane/**", "**/tools/**", "**/test/**"], message: "src/sheets are sheet designs on src/core: data and pure functions, no Excel I/O." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "src/sheets has no UI." },
    ]),
  },
  {
    files: ["src/functions/**"],
    rules: restrict([
      { group: ["**/sheets/**", "**/office/**", "**/taskpane/**", "**/tools/**", "**/test/**"], message: "Custom functions run without Office.js or a DOM, on src/core only." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "Custom functions run without a DOM." },
    ]),
  },
  {
    files: ["src/office/**"],
    rules: restrict([
      { group: ["**/taskpane/**", "**/functions/functions", "**/functions/args", "**/functions/excel", "**/tools/**", "**/test/**"], message: "src/office knows the workbook, not the screens." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "src/office has no UI." },
    ]),
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      ...restrict([
        { group: ["**/functions/functions", "**/functions/args", "**/functions/excel", "**/tools/**", "**/test/**"], message: "The pane shows the function catalogue, it does not call Excel's functions." },
      ]),
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Excel']", message: "Excel API calls live in src/office." },
        { selector: "MemberExpression[object.name='Office']", message: "Office API calls live in src/office." },
      ],
    },
  },
  {
    files: ["tools/**"],
    rules: restrict([{ group: ["**/test/**"], message: "tools/ (the command line, the bench, the stand-ins in tools/dev) is used by tests, never the other way." }]),
  },
  {
    files: ["test/**"],
    rules: restrict([{ group: ["**/*.test", "**/*.test.ts", "**/*.test.tsx"], message: "A test file is not a library: share through test/support or tools/dev." }]),
  },
  {
    files: ["test/**", "tools/**", "scripts/**", "*.config.js", "*.config.mjs", "webpack.config.js", "webpack.cli.js"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off" },
  },
);
