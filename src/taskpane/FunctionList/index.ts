export { FunctionList, type FunctionListProps } from "./FunctionList";
