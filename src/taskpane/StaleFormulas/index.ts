export { StaleFormulas } from "./StaleFormulas";
