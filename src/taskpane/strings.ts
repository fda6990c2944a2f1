import type { UiLanguage } from "../office/host";

/** The task pane's words, Danish first. */
export interface Strings {
  readonly product: string;
  readonly tagline: string;
  readonly functionsHeading: string;
  readonly functionsIntro: string;
  readonly example: string;
  readonly answer: string;
  readonly comingHeading: string;
  readonly coming: string;
  readonly notInExcel: string;
}

export const STRINGS: Record<UiLanguage, Strings> = {
  da: {
    product: "Specialøkonomi",
    tagline: "Incitamentsmodeller og investeringsforslag på specialområdet, regnet præcist i dine egne budgetark.",
    functionsHeading: "Funktioner",
    functionsIntro: "Skriv dem i enhver celle, som Excels egne funktioner. Beløb regnes eksakt i decimaltal.",
    example: "Eksempel",
    answer: "Giver",
    comingHeading: "På vej",
    coming: "Elevlister og incitamentsmodellen, sammenligning af modeller, forslagsskabeloner og kontrol af budgetark.",
    notInExcel: "Åbnet uden for Excel: funktionerne virker kun i en projektmappe.",
  },
  en: {
    product: "Special Education Economics",
    tagline: "Incentive models and investment proposals for special education, computed exactly in your own budget sheets.",
    functionsHeading: "Functions",
    functionsIntro: "Type them in any cell, like Excel's own functions. Amounts are computed exactly in decimal.",
    example: "Example",
    answer: "Gives",
    comingHeading: "Coming",
    coming: "Pupil lists and the incentive model, model comparison, proposal templates and budget sheet checks.",
    notInExcel: "Opened outside Excel: the functions only work in a workbook.",
  },
};
