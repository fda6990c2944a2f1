/**
 * The custom functions in Danish: the names, descriptions and parameter names Danish Excel shows in
 * autocomplete (functions-da.json, wired into the manifest by a da-DK override). Keyed by the
 * function's id and the English parameter names of functions.json, which stay the same in every
 * language: a workbook stores the id, so a formula typed in Danish Excel opens in English Excel.
 * The build refuses a function or parameter without a Danish text (src/functions/localize.ts).
 */
export interface DanishFunction {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

const MODEL_PARAMETERS = {
  threshold: { name: "tærskel", description: "Kr.; skolen betaler hele udgiften op til tærsklen. Standard 264995 (Hedensted 2022/23)." },
  cap: { name: "loft", description: "Kr.; det meste en skole betaler for én elev. Standard 287077. Mindst tærsklen." },
  schoolShare: { name: "skoleandel", description: "Andel 0-1 af udgiften over tærsklen, som skolen betaler. Standard 0,5." },
} as const;

const FLOWS = {
  name: "beløb",
  description: "Årlige beløb (kr. eller 1.000 kr.): en række, en kolonne eller poster i rækker og år i kolonner. Tom = 0.",
};
const EXTEND_LAST = { name: "forlæng", description: "SAND gentager det sidste års beløb efter området, som en varig ændring. Standard FALSK." };
const COST = { name: "udgift", description: "Specialtilbuddets årlige udgift, kr. (0 eller mere)." };

export const DANISH: Readonly<Record<string, DanishFunction>> = {
  "SEGREGATION.PAYMENT": {
    name: "SEGREGERING.BETALING",
    description: "Skolens andel af et specialtilbuds årlige udgift efter incitamentsmodellen, i kr.",
    parameters: {
      cost: COST,
      ...MODEL_PARAMETERS,
    },
  },
  "SEGREGATION.CENTRAL": {
    name: "SEGREGERING.FORVALTNING",
    description: "Forvaltningens andel af et specialtilbuds årlige udgift: udgiften minus skolens andel, i kr.",
    parameters: {
      cost: COST,
      ...MODEL_PARAMETERS,
    },
  },
  "SEGREGATION.LIABLE": {
    name: "SEGREGERING.BETALINGSPLIGT",
    description: "Den del 0-1 af et skoleår, den betalende skole betaler for en elevs placering.",
    parameters: {
      start: { name: "start", description: "Placeringens første dag (dato)." },
      end: { name: "slut", description: "Placeringens sidste dag (dato); tom mens placeringen er åben." },
      schoolYear: { name: "skoleår", description: "Skoleåret ved dets første år: 2023 betyder 1. aug. 2023 - 31. jul. 2024." },
      category: {
        name: "kategori",
        description: "Tom, eller fritaget (0): anbragt, 10. klasse, vidtgående; eller tilflytter.",
      },
      arrival: { name: "tilflytning", description: "Tilflytterens ankomstdato: skolen betaler fra 1. aug. efter det skoleår. Standard: start." },
      basis: { name: "grundlag", description: "\"dage\" (standard): forholdsmæssigt efter dage; \"måneder\": efter påbegyndte måneder." },
    },
  },
  PAYBACK: {
    name: "TILBAGEBETALINGSTID",
    description: "Tilbagebetalingstid i år for årlige beløb, udgifter positive og besparelser negative; #I/T hvis den ikke tilbagebetales.",
    parameters: {
      flows: FLOWS,
      fractional: { name: "brøkdel", description: "SAND interpolerer i tilbagebetalingsåret (5,205 i stedet for 6). Standard FALSK." },
      extendLast: EXTEND_LAST,
    },
  },
  "PAYBACK.DISCOUNTED": {
    name: "TILBAGEBETALINGSTID.DISKONTERET",
    description: "Tilbagebetalingstid i år for beløb diskonteret med rente om året; det første år med et beløb er år 0.",
    parameters: {
      flows: FLOWS,
      rate: { name: "rente", description: "Diskonteringsrente om året, over -1. Finansministeriets rente siden 2021: 0,035 (3,5 %) for år 0-35." },
      fractional: { name: "brøkdel", description: "SAND interpolerer i tilbagebetalingsåret. Standard FALSK." },
      extendLast: EXTEND_LAST,
    },
  },
  PRICELEVEL: {
    name: "PRISNIVEAU",
    description: "Omregner et beløb fra ét pris- og lønniveau (p/l) til et andet: beløb × indeks(til_år) / indeks(fra_år).",
    parameters: {
      amount: { name: "beløb", description: "Beløb i fra_år's priser, kr. eller 1.000 kr.; besparelser negative." },
      fromYear: { name: "fra_år", description: "Beløbets pris- og lønniveau, fx 2023." },
      toYear: { name: "til_år", description: "Det pris- og lønniveau, der omregnes til, fx 2022." },
      indexTable: {
        name: "indekstabel",
        description: "To kolonner, år og indeks (fx KL's pris- og lønskøn); overskriftsrækker springes over.",
      },
    },
  },
  FULLYEAR: {
    name: "HELÅRSPERSONER",
    description: "Helårspersoner: den del 0-1 af et kalender- eller skoleår, en periode dækker.",
    parameters: {
      start: { name: "start", description: "Periodens første dag (dato)." },
      end: { name: "slut", description: "Periodens sidste dag (dato); tom mens perioden er åben." },
      year: { name: "år", description: "Kalenderår; med skoleår SAND skoleåret fra 1. aug. i dette år." },
      schoolYear: { name: "skoleår", description: "SAND: skoleåret 1. aug. år - 31. jul. år+1. Standard FALSK: kalenderåret." },
    },
  },
  ALLOCATE: {
    name: "FORDEL",
    description: "Fordeler et beløb efter nøgler, afrundet, så delene summerer præcis til beløbet (største rest).",
    parameters: {
      total: { name: "beløb", description: "Beløbet der fordeles, kr.; ikke flere decimaler end decimaler." },
      keys: { name: "nøgler", description: "Område med nøgler, 0 eller mere (elever, betalinger, underskud); svaret har samme form. Tom = 0." },
      decimals: { name: "decimaler", description: "Decimaler for hver del: 0 = hele kroner (standard), 2 = øre, -3 = tusinder." },
    },
  },
  SUMCHECK: {
    name: "SUMKONTROL",
    description: "SAND når posterne summerer til totalen, med plads til afrundingen af de viste decimaler.",
    parameters: {
      items: { name: "poster", description: "Område med poster i samme enhed (kr., 1.000 kr., helårspersoner); tomme celler udelades." },
      total: { name: "total", description: "Den angivne total i posternes enhed." },
      decimals: {
        name: "decimaler",
        description: "Viste decimaler; tillader (n+1) × ½ × 10^-decimaler for n poster. Standard tom: præcis kontrol.",
      },
    },
  },
};
