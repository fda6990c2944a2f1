export { SelfTest } from "./SelfTest";
