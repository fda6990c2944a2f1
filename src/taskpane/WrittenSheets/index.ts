export { WrittenSheets, type WrittenSheetsProps } from "./WrittenSheets";
