export { TemplatePanel, type TemplatePanelProps } from "./TemplatePanel";
