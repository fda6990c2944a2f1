import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ModelProfile } from "../../core/profiles";
import type { UiLanguage } from "../../office/host";
import { formatAmount, parseAmount } from "../format";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface ProfileEditorProps {
  readonly language: UiLanguage;
  /** The profile to start from (edited when the name is kept, a new one when it is changed). */
  readonly initial: ModelProfile;
  /** Saves the profile; the editor shows nothing of the outcome itself. */
  readonly onSave: (profile: ModelProfile) => void;
  /** @default false */
  readonly disabled?: boolean;
}

/** A profile's parameters as a finance officer types them: kroner the Danish way, the share in per cent. */
export function ProfileEditor({ language, initial, onSave, disabled = false }: ProfileEditorProps) {
  const styles = useStyles();
  const t = STRINGS[language].flow;
  const text = (n: number) => formatAmount(n, language);
  const [fields, setFields] = useState({
    name: initial.name,
    threshold: text(initial.threshold),
    cap: text(initial.cap),
    share: text(initial.schoolShare * 100),
    net0: text(initial.safetyNet[0]),
    net1: text(initial.safetyNet[1]),
    net2: text(initial.safetyNet[2]),
  });
  const set = (key: keyof typeof fields) => (_e: unknown, data: { value: string }) => setFields((f) => ({ ...f, [key]: data.value }));
  const save = () =>
    onSave({
      name: fields.name,
      threshold: parseAmount(fields.threshold, language),
      cap: parseAmount(fields.cap, language),
      schoolShare: parseAmount(fields.share, language) / 100,
      safetyNet: [parseAmount(fields.net0, language), parseAmount(fields.net1, language), parseAmount(fields.net2, language)],
    });
  return (
    <form
      className={styles.form}
      aria-label={t.editProfile}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Field label={t.profileName}>
        <Input value={fields.name} onChange={set("name")} />
      </Field>
      <Field label={t.threshold}>
        <Input value={fields.threshold} onChange={set("threshold")} inputMode="decimal" />
      </Field>
      <Field label={t.cap}>
        <Input value={fields.cap} onChange={set("cap")} inputMode="decimal" />
      </Field>
      <Field label={t.schoolSharePercent}>
        <Input value={fields.share} onChange={set("share")} inputMode="decimal" />
      </Field>
      {(["net0", "net1", "net2"] as const).map((key, i) => (
        <Field key={key} label={`${t.netParts[i]} (kr.)`}>
          <Input value={fields[key]} onChange={set(key)} inputMode="decimal" />
        </Field>
      ))}
      <Button type="submit" appearance="primary" disabled={disabled}>
        {t.saveProfile}
      </Button>
    </form>
  );
}
