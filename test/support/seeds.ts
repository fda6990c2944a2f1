export * from "../../tools/seeds";
