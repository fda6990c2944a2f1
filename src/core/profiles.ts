import { messages } from "./messages";
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
