import { figure, type Message, messages, type Shown } from "./messages";
import { invalid, ok, type Result } from "./result";
import { HEDENSTED_2022_23, incentiveModel, PROPOSAL_MAX_180000 } from "./segregation";

/**
 * A named set of the incentive model's parameters (DOMAIN.md §2), as the model sheet holds them:
 * the payment rule and the safety net's three parts, all in kr.
 */
export interface ModelProfile {
  readonly name: string;
  readonly threshold: number;
  readonly cap: number;
  readonly schoolShare: number;
  /** Distributed up front at planning, kept for movers-in during the year, distributed at year end. */
  readonly safetyNet: readonly [number, number, number];
}

/** The two profiles every new model sheet starts with (seed 003). */
export const DEFAULT_PROFILES: readonly ModelProfile[] = [
  { name: "Hedensted 2022/23", ...HEDENSTED_2022_23, safetyNet: [6500000, 3000000, 9900000] },
  { name: "Forslag: maks. 180.000", ...PROPOSAL_MAX_180000, safetyNet: [10000000, 3000000, 3000000] },
];

/**
 * Checks a profile a user typed: a name, and parameters that make a model (0 ≤ threshold ≤ cap,
 * share 0..1) with safety-net parts ≥ 0.
 */
export function checkProfile(profile: ModelProfile): Result<ModelProfile> {
  if (profile.name.trim() === "") return invalid(messages.required("name"));
  // The name is written as text whatever it looks like (core/cellText.ts), but the sheets look the
  // model up by name with MATCH, which reads * ? ~ as wildcards: "B*" would find "Ballerup".
  if (/[*?~]/.test(profile.name)) return invalid(messages.profileNameWildcard(profile.name.trim()));
  const values = [profile.threshold, profile.cap, profile.schoolShare, ...profile.safetyNet];
  const names = ["threshold", "cap", "schoolShare", "safetyNet", "safetyNet", "safetyNet"];
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return invalid(messages.notNumber(names[bad], values[bad]));
  const model = incentiveModel(profile.threshold, profile.cap, profile.schoolShare);
  if (!model.ok) return model;
  const negative = profile.safetyNet.findIndex((v) => v < 0);
  if (negative >= 0) return invalid(messages.atLeast("safetyNet", 0, profile.safetyNet[negative]));
  return ok({ ...profile, name: profile.name.trim() });
}

/** Where the pane starts: the profile the model sheet chose, else its first; null without profiles. */
export function startingProfile(profiles: readonly ModelProfile[], selected: string | null): string | null {
  return profiles.find((p) => p.name === selected)?.name ?? profiles[0]?.name ?? null;
}

/** A share as a percentage in each language: 0.5 → "50 %", 0.375 → "37,5 %" / "37.5 %". */
function percent(share: number): Shown {
  const en = `${Number((share * 100).toFixed(4))} %`;
  return { da: en.replace(".", ","), en };
}

/**
 * The model in one sentence, as the pane shows it under the choice: "Skolen betaler hele udgiften op
 * til 264.995 kr.; derover 50 % op til højst 287.077 kr." (DOMAIN.md §2).
 */
export function describeProfile(profile: Pick<ModelProfile, "threshold" | "cap" | "schoolShare">): Message {
  const [t, c, s] = [figure(profile.threshold), figure(profile.cap), percent(profile.schoolShare)];
  if (profile.cap <= profile.threshold || profile.schoolShare === 0) {
    return {
      da: `Skolen betaler hele udgiften op til ${t.da} kr. pr. elev; resten betaler forvaltningen.`,
      en: `The school pays the whole cost up to ${t.en} kr. a pupil; the administration pays the rest.`,
    };
  }
  return {
    da: `Skolen betaler hele udgiften op til ${t.da} kr.; derover ${s.da} op til højst ${c.da} kr. pr. elev.`,
    en: `The school pays the whole cost up to ${t.en} kr.; above that ${s.en}, up to at most ${c.en} kr. a pupil.`,
  };
}
