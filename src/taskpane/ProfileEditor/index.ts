export { ProfileEditor, type ProfileEditorProps } from "./ProfileEditor";
