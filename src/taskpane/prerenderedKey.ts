import type { UiLanguage } from "../office/host";

/** What the build pre-renders: the first view in Danish (the default) for the school year of the build day. */
export interface Prerendered {
  readonly language: UiLanguage;
  readonly schoolYear: number;
}

/**
 * How taskpane.html says what it was pre-rendered for, on its root element ("da 2026"): the page
 * hydrates only where it would render the same. Apart from prerender.tsx, so the bundle does not
 * carry react-dom/server.
 */
export function prerenderedKey({ language, schoolYear }: Prerendered): string {
  return `${language} ${schoolYear}`;
}
