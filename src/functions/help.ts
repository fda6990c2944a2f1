/**
 * What each function's help page says beyond its autocomplete text (issue #5): the rule, each
 * parameter's unit and default, an example from the seed documents, and the errors it can answer.
 * The pages are rendered at build time (helpPage.ts) into dist/help/da and dist/help/en, and each
 * function's @helpurl points at its page. Tests evaluate every example in a formula engine with the
 * add-in's functions and call every listed error's arguments, so a page cannot promise what the
 * function does not do.
 */
export interface Text {
  readonly da: string;
  readonly en: string;
}

/** A cell of an example sheet: a label, a number, a date, or a formula in English Excel spelling. */
export type ExampleCell = string | number | null | { readonly date: string };

export interface HelpExample {
  /** Which seed document the figures come from. */
  readonly source: Text;
  /** The sheet the example reads, from A1. */
  readonly sheet: readonly (readonly ExampleCell[])[];
  /** Where the formula is. */
  readonly cell: string;
  /** The formula, English spelling (the Danish page shows Danish Excel's). */
  readonly formula: string;
  /** What the formula gives (a spilled range as its cells from the top), to 4 decimals. */
  readonly value: number | boolean | readonly number[];
  /** The answer in words. */
  readonly answer: Text;
}

export interface HelpError {
  readonly code: "#VALUE!" | "#N/A";
  readonly when: Text;
  /** Arguments, as Excel passes them, that give this error; a test calls the function with them. */
  readonly args: readonly unknown[];
  /** A part of the English message the error carries. */
  readonly message: string;
}

export interface FunctionHelp {
  /** The page's file name under help/<lang>/, without .html. */
  readonly page: string;
  readonly rule: readonly Text[];
  /** By English parameter name: the unit, and what an omitted (optional) or blank argument means. */
  readonly parameters: Readonly<Record<string, { readonly unit: Text; readonly default?: Text }>>;
  readonly example: HelpExample;
  readonly errors: readonly HelpError[];
}

const KR: Text = { da: "kr.", en: "kr." };
const FRACTION: Text = { da: "andel 0-1", en: "fraction 0-1" };
const DATE: Text = { da: "dato", en: "date" };
const YEAR: Text = { da: "år (helt tal)", en: "year (whole number)" };
const LOGICAL: Text = { da: "SAND/FALSK", en: "TRUE/FALSE" };
const FLOWS: Text = { da: "kr. eller 1.000 kr. (et område)", en: "kr. or 1.000 kr. (a range)" };
const FALSE_DEFAULT: Text = { da: "FALSK", en: "FALSE" };

const MODEL = {
  threshold: { unit: KR, default: { da: "264.995 (Hedensted 2022/23)", en: "264,995 (Hedensted 2022/23)" } },
  cap: { unit: KR, default: { da: "287.077 (Hedensted 2022/23)", en: "287,077 (Hedensted 2022/23)" } },
  schoolShare: { unit: FRACTION, default: { da: "0,5", en: "0.5" } },
};

const SEED_003: Text = {
  da: "Hedensted Kommune, Takstkatalog og vilkår for ressourceudlægning, skoleåret 2022/23",
  en: "Hedensted municipality, tariff catalogue and terms for devolved resources, school year 2022/23",
};
const SEED_000: Text = {
  da: "Københavns Kommune, Investeringsforslag (OFS 2021-22), Tabel 1, 1.000 kr. 2023 p/l",
  en: "Copenhagen, investment proposal (OFS 2021-22), Tabel 1, 1.000 kr. 2023 prices",
};
const SEED_004: Text = { da: "Ballerup Kommune, SkoleFleks og dagbehandling", en: "Ballerup municipality, SkoleFleks and day treatment" };

const MODEL_RULE: Text[] = [
  {
    da: "Skolen betaler specialtilbuddets årlige udgift K op til tærsklen T. Over tærsklen deler skolen og forvaltningen: skolen betaler sin andel s af det, der ligger over T, dog højst loftet C. Skolens betaling er K, hvis K ≤ T, ellers MIN(C; T + s·(K − T)); forvaltningen betaler resten, så de to altid summerer til K.",
    en: "The school pays the special offer's annual cost K up to the threshold T. Above it the school and the administration share: the school pays its share s of the part above T, at most the cap C. The school's payment is K when K ≤ T, else MIN(C, T + s·(K − T)); the administration pays the rest, so the two always add up to K.",
  },
  {
    da: "Standardværdierne er Hedensteds takster for 2022/23. Kilden siger ikke, hvordan delen over tærsklen deles; 50 % er standard og kan ændres. Modellen skal opfylde 0 ≤ T ≤ C og 0 ≤ s ≤ 1. Svaret regnes præcist og afrundes ikke.",
    en: "The defaults are Hedensted's tariffs for 2022/23. The source does not say how the part above the threshold is shared; 50 % is the default and can be changed. The model must satisfy 0 ≤ T ≤ C and 0 ≤ s ≤ 1. The answer is exact and not rounded.",
  },
];

const MODEL_ERRORS: HelpError[] = [
  {
    code: "#VALUE!",
    when: { da: "udgiften er tom, tekst eller negativ", en: "the cost is blank, text or negative" },
    args: [-1],
    message: "cost:",
  },
  {
    code: "#VALUE!",
    when: { da: "loftet er mindre end tærsklen, eller skoleandelen ligger uden for 0-1", en: "the cap is below the threshold, or the school share is outside 0-1" },
    args: [300000, 300000, 200000],
    message: "cap:",
  },
];

const TABEL_1_SHEET: ExampleCell[][] = [
  [null, 2022, 2023, 2024, 2025, 2026, 2027],
  ["Samlet økonomisk påvirkning", 625, 1080, 500, -1000, -1000, -1000],
];

const FLOW_ERRORS: HelpError[] = [
  {
    code: "#N/A",
    when: { da: "beløbene er ikke tilbagebetalt inden for området", en: "the flows are not paid back within the range" },
    args: [[[625, 1500, 1500]]],
    message: "not paid back",
  },
  {
    code: "#N/A",
    when: { da: "området er tomt eller kun nuller: der er intet at tilbagebetale", en: "the range is empty or all zero: there is nothing to pay back" },
    args: [[[0, 0]]],
    message: "flows:",
  },
  {
    code: "#VALUE!",
    when: { da: "en celle i området indeholder tekst eller en fejlværdi", en: "a cell in the range holds text or an error value" },
    args: [[[625, "1.080 kr."]]],
    message: "flows:",
  },
];

export const HELP: Readonly<Record<string, FunctionHelp>> = {
  "SEGREGATION.PAYMENT": {
    page: "segregation-payment",
    rule: MODEL_RULE,
    parameters: { cost: { unit: KR }, ...MODEL },
    example: {
      source: SEED_003,
      sheet: [["Årlig udgift til specialtilbud", 280000]],
      cell: "B2",
      formula: "=SEGREGATION.PAYMENT(B1)",
      value: 272497.5,
      answer: {
        da: "Skolen betaler 264.995 + 50 % × 15.005 = 272.497,50 kr.; loftet på 287.077 kr. binder ikke.",
        en: "The school pays 264,995 + 50 % × 15,005 = 272,497.50 kr.; the cap of 287,077 kr. does not bind.",
      },
    },
    errors: MODEL_ERRORS,
  },
  "SEGREGATION.CENTRAL": {
    page: "segregation-central",
    rule: MODEL_RULE,
    parameters: { cost: { unit: KR }, ...MODEL },
    example: {
      source: SEED_003,
      sheet: [["Årlig udgift til specialtilbud", 400000]],
      cell: "B2",
      formula: "=SEGREGATION.CENTRAL(B1)",
      value: 112923,
      answer: {
        da: "Skolen betaler loftet 287.077 kr.; forvaltningen betaler resten, 112.923 kr.",
        en: "The school pays the cap, 287,077 kr.; the administration pays the rest, 112,923 kr.",
      },
    },
    errors: MODEL_ERRORS,
  },
  "SEGREGATION.LIABLE": {
    page: "segregation-liable",
    rule: [
      {
        da: "Skolen betaler for en elev, så længe eleven får specialundervisning. Er eleven kun placeret en del af skoleåret (1. august - 31. juli), betaler skolen forholdsmæssigt: de dage af placeringen, der ligger i skoleåret, divideret med skoleårets dage. Med grundlag \"måneder\" tælles påbegyndte måneder i stedet, divideret med 12.",
        en: "The school pays for a pupil as long as the pupil receives special education. When a pupil is placed for part of a school year (1 August - 31 July), the school pays pro rata: the placement's days within the school year divided by the school year's days. With basis \"months\" it counts started months instead, divided by 12.",
      },
      {
        da: "Fritaget (svaret er 0) er anbragte elever, 10. klasse og elever visiteret til vidtgående tilbud. En tilflytter betales af skolen fra 1. august efter det skoleår, eleven flyttede til kommunen; indtil da dækker sikkerhedsnettet.",
        en: "Exempt (the answer is 0) are pupils placed in care, the 10th school year and pupils referred to extensive offers. A mover-in is paid for by the school from 1 August after the school year of arrival; until then the safety net covers the pupil.",
      },
    ],
    parameters: {
      start: { unit: DATE },
      end: { unit: DATE, default: { da: "tom: placeringen er åben", en: "blank: the placement is open" } },
      schoolYear: { unit: { da: "skoleårets første år", en: "the school year's first year" } },
      category: { unit: { da: "tekst", en: "text" }, default: { da: "tom: ingen fritagelse", en: "blank: no exemption" } },
      arrival: { unit: DATE, default: { da: "start", en: "start" } },
      basis: { unit: { da: "tekst: dage eller måneder", en: "text: days or months" }, default: { da: "dage", en: "days" } },
    },
    example: {
      source: SEED_003,
      sheet: [
        ["Placeringens start", { date: "2023-08-01" }],
        ["Placeringens slut", { date: "2024-01-31" }],
      ],
      cell: "B3",
      formula: "=SEGREGATION.LIABLE(B1, B2, 2023)",
      value: 0.5027,
      answer: {
        da: "184 af skoleåret 2023/24's 366 dage: 0,5027. Ganget med udgiften giver det skolens betaling for perioden.",
        en: "184 of school year 2023/24's 366 days: 0.5027. Times the cost it gives the school's payment for the period.",
      },
    },
    errors: [
      {
        code: "#VALUE!",
        when: { da: "start er tom, ikke en dato, eller efter slut", en: "start is blank, not a date, or after end" },
        args: [45323, 45292, 2023],
        message: "start:",
      },
      {
        code: "#VALUE!",
        when: { da: "kategorien er ukendt", en: "the category is unknown" },
        args: [45139, null, 2023, "x"],
        message: "category:",
      },
      {
        code: "#VALUE!",
        when: { da: "skoleåret er ikke et helt tal fra 1900 til 9998", en: "the school year is not a whole number from 1900 to 9998" },
        args: [45139, null, 2023.5],
        message: "schoolYear:",
      },
    ],
  },
  PAYBACK: {
    page: "payback",
    rule: [
      {
        da: "Udgifter er positive og besparelser negative (\"Alle besparelser er angivet med negativt (-) fortegn\"). År 1 er det første år med et beløb. Tilbagebetalingstiden er det første år, hvor det akkumulerede beløb er 0 eller derunder ved årets udgang. Har området flere rækker (fx servicerækkerne), lægges de sammen år for år.",
        en: "Costs are positive and savings negative (\"all savings are stated with a negative (-) sign\"). Year 1 is the first year with a flow. The payback period is the first year at whose end the cumulative flow is 0 or below. A range of several rows (e.g. the Service rows) is added up year by year.",
      },
      {
        da: "Med brøkdel SAND interpoleres lineært i tilbagebetalingsåret: (k − 1) + akkumuleret(k − 1) / −beløb(k). Med forlæng SAND fortsætter det sidste års beløb efter området, som en varig ændring. Tilbagebetales beløbene ikke, er svaret #I/T, ikke et tal.",
        en: "With fractional TRUE it interpolates linearly inside the payback year: (k − 1) + cumulative(k − 1) / −flow(k). With extendLast TRUE the last year's flow continues after the range, as a permanent change. Flows that are not paid back answer #N/A, not a number.",
      },
    ],
    parameters: {
      flows: { unit: FLOWS },
      fractional: { unit: LOGICAL, default: FALSE_DEFAULT },
      extendLast: { unit: LOGICAL, default: FALSE_DEFAULT },
    },
    example: {
      source: SEED_000,
      sheet: TABEL_1_SHEET,
      cell: "B3",
      formula: "=PAYBACK(B2:G2)",
      value: 6,
      answer: {
        da: "Akkumuleret 625, 1.705, 2.205, 1.205, 205, −795: tilbagebetalt i år 6. Med brøkdel SAND: 5 + 205/1.000 = 5,205.",
        en: "Cumulative 625, 1,705, 2,205, 1,205, 205, −795: paid back in year 6. With fractional TRUE: 5 + 205/1,000 = 5.205.",
      },
    },
    errors: FLOW_ERRORS,
  },
  "PAYBACK.DISCOUNTED": {
    page: "payback-discounted",
    rule: [
      {
        da: "Som TILBAGEBETALINGSTID, men hvert års beløb diskonteres til år 0 (det første år med et beløb) med renten: beløb / (1 + rente)^år. Svaret regnes præcist, så et beløb, der netop tilbagebetales, ikke bliver til et afrundingsspørgsmål.",
        en: "Like PAYBACK, but each year's flow is discounted to year 0 (the first year with a flow) at the rate: flow / (1 + rate)^year. The answer is exact, so flows that exactly pay back are not left to rounding.",
      },
    ],
    parameters: {
      flows: { unit: FLOWS },
      rate: { unit: { da: "rente om året, fx 0,035", en: "rate a year, e.g. 0.035" } },
      fractional: { unit: LOGICAL, default: FALSE_DEFAULT },
      extendLast: { unit: LOGICAL, default: FALSE_DEFAULT },
    },
    example: {
      source: SEED_000,
      sheet: TABEL_1_SHEET,
      cell: "B3",
      formula: "=PAYBACK.DISCOUNTED(B2:G2, 0.035)",
      value: 6,
      answer: {
        da: "Diskonteret med 3,5 % om året er forslaget stadig tilbagebetalt i år 6.",
        en: "Discounted at 3.5 % a year the proposal still pays back in year 6.",
      },
    },
    errors: [
      ...FLOW_ERRORS.slice(0, 2).map((e) => ({ ...e, args: [...e.args, 0.035] })),
      {
        code: "#VALUE!",
        when: { da: "renten er tom, tekst eller −1 og derunder", en: "the rate is blank, text, or −1 or below" },
        args: [[[1, -1]], -1],
        message: "rate:",
      },
    ],
  },
  PRICELEVEL: {
    page: "pricelevel",
    rule: [
      {
        da: "Et beløb i fra_år's pris- og lønniveau omregnes til til_år's: beløb × indeks(til_år) / indeks(fra_år), præcist og uden afrunding. Indekstallene er data, du selv indsætter (fx KL's pris- og lønskøn); tilføjelsesprogrammet har ingen indbyggede indekstal.",
        en: "An amount in fromYear's price level is converted to toYear's: amount × index(toYear) / index(fromYear), exactly and unrounded. The indices are data you supply (e.g. KL's price and wage forecast); the add-in has no built-in index values.",
      },
    ],
    parameters: {
      amount: { unit: { da: "kr. eller 1.000 kr.", en: "kr. or 1.000 kr." } },
      fromYear: { unit: YEAR },
      toYear: { unit: YEAR },
      indexTable: { unit: { da: "område med to kolonner: år, indeks", en: "range of two columns: year, index" } },
    },
    example: {
      source: {
        da: "Københavns investeringsforslag er udarbejdet i 2023 p/l og bogføres i 2022 p/l; indekstallene her er opdigtede",
        en: "Copenhagen's investment proposal is drafted in 2023 prices and booked in 2022 prices; the indices here are made up",
      },
      sheet: [
        ["År", "Indeks"],
        [2022, 104.2],
        [2023, 108.5],
        ["Besparelse 2025, 2023 p/l", -1000],
      ],
      cell: "B5",
      formula: "=PRICELEVEL(B4, 2023, 2022, A1:B3)",
      value: -960.3687,
      answer: {
        da: "−1.000 × 104,2 / 108,5 = −960,37 (1.000 kr. 2022 p/l).",
        en: "−1,000 × 104.2 / 108.5 = −960.37 (1.000 kr. 2022 prices).",
      },
    },
    errors: [
      {
        code: "#N/A",
        when: { da: "indekstabellen har ikke fra_år eller til_år", en: "the index table lacks fromYear or toYear" },
        args: [1, 2019, 2023, [["År", "Indeks"], [2022, 104.2], [2023, 108.5]]],
        message: "2019",
      },
      {
        code: "#VALUE!",
        when: { da: "beløbet er tomt eller tekst", en: "the amount is blank or text" },
        args: ["x", 2022, 2023, [[2022, 104.2], [2023, 108.5]]],
        message: "amount:",
      },
    ],
  },
  FULLYEAR: {
    page: "fullyear",
    rule: [
      {
        da: "En helårsperson er én person i et helt år. En periode tæller med de dage, den dækker af året, divideret med årets dage (365 eller 366). Med skoleår SAND er året 1. august - 31. juli.",
        en: "A full-year person is one person for a whole year. A period counts the days it covers of the year divided by the year's days (365 or 366). With schoolYear TRUE the year is 1 August - 31 July.",
      },
    ],
    parameters: {
      start: { unit: DATE },
      end: { unit: DATE, default: { da: "tom: perioden er åben", en: "blank: the period is open" } },
      year: { unit: YEAR },
      schoolYear: { unit: LOGICAL, default: { da: "FALSK: kalenderår", en: "FALSE: calendar year" } },
    },
    example: {
      source: SEED_004,
      sheet: [
        ["Dagbehandling fra", { date: "2020-01-01" }],
        ["Dagbehandling til", { date: "2020-06-30" }],
      ],
      cell: "B3",
      formula: "=FULLYEAR(B1, B2, 2020)",
      value: 0.4973,
      answer: {
        da: "182 af 2020's 366 dage: 0,4973 helårsperson, som i Ballerups opgørelse af dagbehandling pr. skoledistrikt.",
        en: "182 of 2020's 366 days: 0.4973 full-year persons, as in Ballerup's day-treatment count per school district.",
      },
    },
    errors: [
      {
        code: "#VALUE!",
        when: { da: "start er efter slut, eller en dato er tekst", en: "start is after end, or a date is text" },
        args: [43891, 43832, 2020],
        message: "start:",
      },
    ],
  },
  ALLOCATE: {
    page: "allocate",
    rule: [
      {
        da: "Beløbet fordeles i forhold til nøglerne og afrundes til det ønskede antal decimaler, så delene summerer præcist til beløbet: de afrundede dele rettes efter største rest (ved lige rest får den første delen). Svaret har samme form som nøgleområdet og spilder ud i cellerne under eller ved siden af.",
        en: "The total is split in proportion to the keys and rounded to the decimals asked for, so that the parts sum exactly to the total: the rounded parts are corrected by largest remainder (a tie goes to the first). The answer has the shape of the keys and spills into the cells below or beside.",
      },
    ],
    parameters: {
      total: { unit: KR },
      keys: { unit: { da: "område med tal ≥ 0", en: "range of numbers ≥ 0" } },
      decimals: { unit: { da: "helt tal fra −9 til 15", en: "whole number from −9 to 15" }, default: { da: "0: hele kroner", en: "0: whole kroner" } },
    },
    example: {
      source: SEED_004,
      sheet: [
        ["Finansiering", "Nøgle"],
        ["Specialundervisningsrammen", 1],
        ["Dagbehandling", 1],
        ["SkoleFleks-pulje: 25 elever × 200.000 kr.", "=25*200000"],
      ],
      cell: "C2",
      formula: "=ALLOCATE(B4, B2:B3)",
      value: [2500000, 2500000],
      answer: {
        da: "Puljen på 5 mio. kr. finansieres med 2,5 mio. kr. fra hver ramme.",
        en: "The pool of 5 million kr. is funded with 2.5 million kr. from each frame.",
      },
    },
    errors: [
      {
        code: "#VALUE!",
        when: { da: "en nøgle er negativ eller tekst, eller alle nøgler er 0", en: "a key is negative or text, or all keys are 0" },
        args: [100, [[1, -1]]],
        message: "keys:",
      },
      {
        code: "#VALUE!",
        when: { da: "beløbet har flere decimaler end decimaler", en: "the total has more decimals than decimals" },
        args: [100.5, [[1, 1]], 0],
        message: "total:",
      },
    ],
  },
  SUMCHECK: {
    page: "sumcheck",
    rule: [
      {
        da: "Tallene i en tabel er ofte afrundede, så summen af de viste tal kan afvige fra den viste total uden at være forkert. Med decimaler angivet tillades en afvigelse på (n + 1) × ½ × 10^−decimaler for n poster; uden decimaler skal summen være præcis. Tomme celler udelades.",
        en: "The figures in a table are often rounded, so the sum of the shown figures may differ from the shown total without being wrong. With decimals given, a difference of (n + 1) × ½ × 10^−decimals is allowed for n items; without, the sum must be exact. Blank cells are left out.",
      },
    ],
    parameters: {
      items: { unit: { da: "område, postenes enhed", en: "range, the items' unit" } },
      total: { unit: { da: "postenes enhed", en: "the items' unit" } },
      decimals: { unit: { da: "helt tal fra −9 til 15", en: "whole number from −9 to 15" }, default: { da: "tom: præcis kontrol", en: "blank: exact check" } },
    },
    example: {
      source: SEED_004,
      sheet: [
        ["Skoledistrikt", "Helårspersoner 2014"],
        ["Anbragt", 3.0],
        ["Baltorpskolen", 8.7],
        ["Hedegårdsskolen", 5.8],
        ["Måløvhøj Skole", 7.1],
        ["Skovlunde Skole", 2.6],
        ["Skovvejens Skole", 3.1],
        ["I alt", 30.4],
      ],
      cell: "B9",
      formula: "=SUMCHECK(B2:B7, B8, 1)",
      value: true,
      answer: {
        da: "De viste tal summerer til 30,3 mod totalen 30,4: inden for afrundingen af én decimal, så SAND.",
        en: "The shown figures add up to 30.3 against the total 30.4: within the rounding of one decimal, so TRUE.",
      },
    },
    errors: [
      {
        code: "#VALUE!",
        when: { da: "en post er tekst eller en fejlværdi", en: "an item is text or an error value" },
        args: [[["x"]], 1],
        message: "items:",
      },
      {
        code: "#VALUE!",
        when: { da: "totalen er tom eller tekst", en: "the total is blank or text" },
        args: [[[1]], null],
        message: "total:",
      },
    ],
  },
};
