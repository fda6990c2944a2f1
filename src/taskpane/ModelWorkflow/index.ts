export { ModelWorkflow, type ModelWorkflowProps } from "./ModelWorkflow";
