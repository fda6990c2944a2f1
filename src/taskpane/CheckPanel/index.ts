export { CheckPanel, type CheckPanelProps } from "./CheckPanel";
