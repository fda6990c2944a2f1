export { CataloguePanel } from "./CataloguePanel";
