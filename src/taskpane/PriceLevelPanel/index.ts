export { PriceLevelPanel, type PriceLevelPanelProps } from "./PriceLevelPanel";
