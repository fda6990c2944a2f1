export { TabBar } from "./TabBar";
