/** Jest installs Excel's CustomFunctions host before each test file (see tools/customFunctionsHost.ts). */
export * from "../../tools/customFunctionsHost";
