import type { Compiler } from "webpack";

/** See keepCommonJsApart.js: CommonJS modules stay out of webpack's module concatenation. */
export class KeepCommonJsApart {
  apply(compiler: Compiler): void;
}
