export * from "../../tools/engine";
