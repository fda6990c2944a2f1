// Lint: typescript-eslint's recommended rules, plus the layer map of the README enforced with
// no-restricted-imports so dependencies point one way only (core ← functions, office ← taskpane).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-results/**"] },
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
    files: ["src/core/**"],
    rules: restrict([
      { group: ["**/functions/**", "**/office/**", "**/taskpane/**"], message: "src/core is pure: no other layer." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "src/core has no UI." },
    ]),
  },
  {
    files: ["src/functions/**"],
    rules: restrict([
      { group: ["**/office/**", "**/taskpane/**"], message: "Custom functions run without Office.js or a DOM." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "Custom functions run without a DOM." },
    ]),
  },
  {
    files: ["src/office/**"],
    rules: restrict([
      { group: ["**/taskpane/**", "**/functions/functions", "**/functions/args", "**/functions/excel"], message: "src/office knows the workbook, not the screens." },
      { group: ["react", "react-dom", "@fluentui/*"], message: "src/office has no UI." },
    ]),
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      ...restrict([
        { group: ["**/functions/functions", "**/functions/args", "**/functions/excel"], message: "The pane shows the function catalogue, it does not call Excel's functions." },
      ]),
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Excel']", message: "Excel API calls live in src/office." },
        { selector: "MemberExpression[object.name='Office']", message: "Office API calls live in src/office." },
      ],
    },
  },
  {
    files: ["test/**", "tools/**", "scripts/**", "*.config.js", "*.config.mjs", "webpack.config.js", "webpack.cli.js"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off" },
  },
);
