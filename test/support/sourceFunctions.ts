export * from "../../tools/sourceFunctions";
