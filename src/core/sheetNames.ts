/**
 * What the pane's sheets are called (issue #12): one pattern, the school year as "2023-24", so the
 * result, the comparison and the safety net of one school year sort and read together.
 */
export type ModelSheetKind = "result" | "comparison" | "safetyNet" | "budget" | "sensitivity" | "changes";

const TITLES: Record<ModelSheetKind, string> = { result: "Resultat", comparison: "Sammenligning", safetyNet: "Sikkerhedsnet", budget: "Skolernes budget", sensitivity: "Følsomhed", changes: "Ændringer" };

/** "2023-24" for the school year 2023/24 (its first calendar year, 1900-9998). */
export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear}-${String((schoolYear + 1) % 100).padStart(2, "0")}`;
}

/** "Resultat 2023-24", "Sammenligning 2023-24", "Sikkerhedsnet 2023-24". */
export function modelSheetName(kind: ModelSheetKind, schoolYear: number): string {
  return `${TITLES[kind]} ${schoolYearLabel(schoolYear)}`;
}
