/**
 * What the task pane needs to know about its host before the first render: the display language.
 * Office.js calls back through `Office.onReady`; opened outside Office (a plain browser tab, a test)
 * the pane still renders, in the browser's language.
 */
export type UiLanguage = "da" | "en";

export interface HostInfo {
  readonly language: UiLanguage;
  /** "Excel" inside Excel; null in a plain browser. */
  readonly host: string | null;
}

/** Danish for a Danish display language (da, da-DK), English for everything else. */
export function uiLanguage(displayLanguage: string | undefined): UiLanguage {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().startsWith("da") ? "da" : "en";
}

export async function whenHostReady(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { language: uiLanguage(typeof navigator === "undefined" ? undefined : navigator.language), host: null };
  }
  const info = await Office.onReady();
  const inOffice = info.host !== null && info.host !== undefined;
  const language = inOffice ? Office.context.displayLanguage : navigator.language;
  return { language: uiLanguage(language), host: inOffice ? String(info.host) : null };
}
