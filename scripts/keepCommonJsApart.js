/**
 * A webpack plugin: CommonJS modules (react, react-dom, scheduler, …) stay out of module
 * concatenation. webpack 5.112 concatenates them behind a lazy accessor (`__webpack_require__.cw`,
 * "concatenation wrap" in a profile), and Chromium then starts the page markedly slower: the bare
 * React + Fluent page of `npm run bench` was ready ~80 ms later than with them apart, the pane
 * likewise (docs/DEVELOPING.md, decision 38). ES modules are concatenated as before.
 */
class KeepCommonJsApart {
  apply(compiler) {
    compiler.hooks.compilation.tap("KeepCommonJsApart", (compilation) => {
      compilation.hooks.finishModules.tap("KeepCommonJsApart", (modules) => {
        for (const module of modules) {
          const javascript = typeof module.type === "string" && module.type.startsWith("javascript/");
          if (javascript && module.buildMeta !== undefined && module.buildMeta.exportsType !== "namespace") {
            module.getConcatenationBailoutReason = () => "CommonJS modules are kept apart (scripts/keepCommonJsApart.js)";
          }
        }
      });
    });
  }
}

module.exports = { KeepCommonJsApart };
