export { Question, type QuestionProps } from "./Question";
