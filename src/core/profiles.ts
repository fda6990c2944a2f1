import { HEDENSTED_2022_23, PROPOSAL_MAX_180000 } from "./segregation";

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
