export { Panel, type PanelNotice, type PanelProps } from "./Panel";
