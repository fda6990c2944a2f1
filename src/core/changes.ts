import { Dec, ZERO } from "./decimal";
import { invalid, ok, type Result } from "./result";
import { messages } from "./messages";
import { schoolKey } from "./schools";

/**
 * What changed since last time (issue #26, the monthly budget follow-up): the pupils of a result
 * sheet as they were when it was last written, against the pupils now, matched by the pupil column.
 */

/** One pupil as a result sheet computed it: who, at which school, the cost, and the two payments (to the øre). */
export interface PupilFigures {
  readonly id: string;
  readonly school: string;
  readonly cost: Dec;
  readonly pays: Dec;
  readonly central: Dec;
}

/**
 * - `new`: a pupil not on the list last time;
 * - `ended`: a pupil no longer on the list (a placement ended, a row deleted);
 * - `moved`: a pupil whose paying school is another (the cost may have changed too);
 * - `cost`: the same school, another annual cost;
 * - `other`: the same school and cost, another payment (a start or end date, a category, the model).
 */
export type ChangeKind = "new" | "ended" | "moved" | "cost" | "other";

export interface PupilChange {
  readonly kind: ChangeKind;
  readonly id: string;
  readonly before: PupilFigures | null;
  readonly after: PupilFigures | null;
}

/** Per school: its payments and the administration's before, the change, and after; before + change = after exactly. */
export interface SchoolChange {
  readonly school: string;
  readonly paysBefore: Dec;
  readonly paysChange: Dec;
  readonly paysAfter: Dec;
  readonly centralBefore: Dec;
  readonly centralChange: Dec;
  readonly centralAfter: Dec;
}

export interface Changes {
  readonly pupils: readonly PupilChange[];
  /** Every school before or after, in the order first seen (before, then the new ones). */
  readonly schools: readonly SchoolChange[];
}

/** A pupil's key: the id and which occurrence of it (a list may name a pupil twice). */
function keyed(list: readonly PupilFigures[]): Map<string, PupilFigures> {
  const seen = new Map<string, number>();
  const out = new Map<string, PupilFigures>();
  for (const p of list) {
    // Stryker disable next-line ArithmeticOperator: equivalent, any count that differs per occurrence keys it (before and after alike)
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    out.set(`${p.id}\u0000${n}`, p);
  }
  return out;
}

/**
 * The changes from `before` to `after`: every pupil whose figures differ, and per school the totals
 * before and after with the change between them, each school's change being the sum of its pupils'
 * (a pupil who moved takes his payment from the old school to the new). Exact: before + change = after.
 * Refuses lists without pupil ids (nothing to match by).
 */
export function changesBetween(before: readonly PupilFigures[], after: readonly PupilFigures[]): Result<Changes> {
  if ([...before, ...after].some((p) => p.id.trim() === "")) return invalid(messages.changesNeedIds());
  const old = keyed(before);
  const now = keyed(after);
  const pupils: PupilChange[] = [];
  for (const [key, b] of old) {
    const a = now.get(key) ?? null;
    const kind: ChangeKind | null =
      a === null ? "ended" : schoolKey(a.school) !== schoolKey(b.school) ? "moved" : !a.cost.eq(b.cost) ? "cost" : !a.pays.eq(b.pays) || !a.central.eq(b.central) ? "other" : null;
    if (kind !== null) pupils.push({ kind, id: b.id, before: b, after: a });
  }
  for (const [key, a] of now) if (!old.has(key)) pupils.push({ kind: "new", id: a.id, before: null, after: a });

  // Schools by what Excel's `=` compares (case ignored: core/schools.ts), shown as first written.
  const order: string[] = [];
  const shown = new Map<string, string>();
  const totals = new Map<string, { pb: Dec; pa: Dec; cb: Dec; ca: Dec; dp: Dec; dc: Dec }>();
  const line = (school: string) => {
    const key = schoolKey(school);
    if (!totals.has(key)) {
      order.push(key);
      shown.set(key, school);
      totals.set(key, { pb: ZERO, pa: ZERO, cb: ZERO, ca: ZERO, dp: ZERO, dc: ZERO });
    }
    return totals.get(key) as { pb: Dec; pa: Dec; cb: Dec; ca: Dec; dp: Dec; dc: Dec };
  };
  for (const p of before) {
    const t = line(p.school);
    t.pb = t.pb.plus(p.pays);
    t.cb = t.cb.plus(p.central);
  }
  const named = new Set<string>();
  for (const p of after) {
    // Shown as the list now first writes it (as the updated result sheet shows it).
    if (!named.has(schoolKey(p.school))) {
      named.add(schoolKey(p.school));
      shown.set(schoolKey(p.school), p.school);
    }
    const t = line(p.school);
    t.pa = t.pa.plus(p.pays);
    t.ca = t.ca.plus(p.central);
  }
  for (const c of pupils) {
    if (c.before !== null) {
      const t = line(c.before.school);
      t.dp = t.dp.minus(c.before.pays);
      t.dc = t.dc.minus(c.before.central);
    }
    if (c.after !== null) {
      const t = line(c.after.school);
      t.dp = t.dp.plus(c.after.pays);
      t.dc = t.dc.plus(c.after.central);
    }
  }
  const schools = order.map((key) => {
    const t = totals.get(key) as { pb: Dec; pa: Dec; cb: Dec; ca: Dec; dp: Dec; dc: Dec };
    return { school: shown.get(key) ?? key, paysBefore: t.pb, paysChange: t.dp, paysAfter: t.pa, centralBefore: t.cb, centralChange: t.dc, centralAfter: t.ca };
  });
  // The rule holds by construction; a failure here is a bug, not an input (no input can reach the throw).
  // Stryker disable next-line all: equivalent, an assertion that holds whatever the input
  if (schools.some((s) => !s.paysBefore.plus(s.paysChange).eq(s.paysAfter) || !s.centralBefore.plus(s.centralChange).eq(s.centralAfter))) throw new Error("changes do not tie out");
  return ok({ pupils, schools });
}

/** A pupil's figures as the workbook keeps them between writes: one text, "|" first so Excel keeps it as text. */
export function packFigures(p: PupilFigures): string {
  return `|${[p.id, p.school, p.cost.toString(), p.pays.toString(), p.central.toString()].map((x) => x.replace(/[\t\n]/g, " ")).join("\t")}`;
}

/** The figures back from {@link packFigures}; null for anything else. */
export function unpackFigures(text: unknown): PupilFigures | null {
  if (typeof text !== "string" || !text.startsWith("|")) return null;
  const [id, school, cost, pays, central] = text.slice(1).split("\t");
  try {
    // Fewer than five fields: new Decimal(undefined) throws, and the text is not figures.
    return { id, school, cost: new Dec(cost), pays: new Dec(pays), central: new Dec(central) };
  } catch {
    return null;
  }
}
