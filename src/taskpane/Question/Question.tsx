import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface QuestionProps {
  readonly open: boolean;
  readonly title: string;
  readonly text: string;
  /** The answers, the first one primary; closing the dialog any other way picks `onDismiss`. */
  readonly answers: readonly { readonly label: string; readonly onClick: () => void }[];
  readonly onDismiss: () => void;
}

/** A question the pane asks before it writes: a dialog with a title, a sentence and its answers. */
export function Question({ open, title, text, answers, onDismiss }: QuestionProps) {
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onDismiss()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions>
            {answers.map((a, i) => (
              <Button key={a.label} appearance={i === 0 ? "primary" : "secondary"} onClick={a.onClick}>
                {a.label}
              </Button>
            ))}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
