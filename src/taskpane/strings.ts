import type { UiLanguage } from "../office/host";
import type { TiedOut } from "../office/workbook";
import { formatNumber } from "./format";

/** A count as the language writes it: 10.000 in Danish, 10,000 in English. */
const count = (n: number, language: UiLanguage): string => formatNumber(n, language, 0);
const da = (n: number): string => count(n, "da");
const en = (n: number): string => count(n, "en");

/** The task pane's words, Danish first. */
export interface Strings {
  readonly product: string;
  readonly tagline: string;
  readonly functionsHeading: string;
  readonly functionsIntro: string;
  readonly example: string;
  readonly answer: string;
  readonly help: (name: string) => string;
  readonly helpLink: string;
  /** The link to the Danish user guide (brugervejledning), in the pane's header. */
  readonly guide: string;
  readonly notInExcel: string;
  readonly tabs: { readonly model: string; readonly templates: string; readonly check: string; readonly functions: string };
  /** While a tab's code is fetched (the first time it is opened). */
  readonly loadingTab: string;
  /** When a tab's code could not be fetched. */
  readonly tabFailed: (reason: string) => string;
  readonly flow: FlowStrings;
  readonly stale: StaleStrings;
  readonly written: WrittenStrings;
  readonly selfTest: SelfTestStrings;
  readonly templates: TemplateStrings;
  readonly check: CheckStrings;
  readonly catalogue: CatalogueStrings;
  readonly priceLevel: PriceLevelStrings;
  /** A number field's spin buttons, as a screen reader announces them. */
  readonly numberField: { readonly increase: string; readonly decrease: string };
}

/** The price-level conversion's words. */
export interface PriceLevelStrings {
  readonly heading: string;
  /** `fn`: the conversion function as the host names it (PRISNIVEAU in Danish Excel). */
  readonly intro: (fn: string) => string;
  readonly read: string;
  readonly stated: (year: number) => string;
  readonly notStated: string;
  readonly fromYear: string;
  readonly toYear: string;
  readonly convert: string;
  readonly confirmTitle: string;
  readonly confirm: (n: number, address: string, from: number, to: number) => string;
  readonly yes: string;
  readonly cancel: string;
  readonly converted: (n: number, to: number) => string;
  readonly nothing: string;
  /** A selection with more than one table: refused. */
  readonly oneTable: (tables: number) => string;
  /** The index table lacks an index for years the conversion needs: refused before anything is written. */
  readonly indexMissing: (years: readonly number[]) => string;
  readonly noIndex: string;
  readonly createIndex: string;
  readonly indexCreated: (sheet: string) => string;
}

/** The check screen's words. */
export interface CheckStrings {
  readonly heading: string;
  readonly intro: string;
  readonly scope: string;
  readonly activeSheet: string;
  readonly workbook: string;
  readonly run: string;
  readonly none: (sheets: number) => string;
  readonly found: (n: number) => string;
  /** The status after a check with findings: how many, in how many sheets read; the list follows. */
  readonly foundIn: (n: number, sheets: number) => string;
  readonly checking: string;
  readonly show: string;
}

/** The catalogue's words (issue #31). */
export interface CatalogueStrings {
  readonly heading: string;
  readonly intro: string;
  readonly fromWorkbook: string;
  /** The File column of the workbook's own proposals. */
  readonly thisWorkbook: string;
  readonly read: string;
  readonly reading: string;
  readonly readFromWorkbook: (proposals: number) => string;
  readonly pickFiles: string;
  readonly readFromFiles: (files: number, proposals: number, notRead: number) => string;
  readonly fileRead: (proposals: number) => string;
  readonly fileNotRead: (why: string) => string;
  readonly remove: (file: string) => string;
  readonly removeShort: string;
  readonly proposalsHeading: (n: number) => string;
  readonly priceYear: string;
  readonly write: string;
  readonly writing: string;
  readonly choosePriceYear: string;
  readonly nothingChosen: string;
  readonly noProposals: string;
  readonly written: (sheet: string, proposals: number, priceYear: number, cells: number) => string;
  readonly withFindings: (n: number) => string;
  readonly leftOut: (n: number) => string;
  readonly indexProblem: (why: string) => string;
  readonly nameTaken: (name: string, free: string) => string;
}

/** The templates screen's words. */
export interface TemplateStrings {
  readonly heading: string;
  readonly intro: string;
  readonly kind: string;
  readonly kinds: Record<"investment" | "prioritisation" | "initiatives" | "skolefleks" | "budget", string>;
  readonly firstYear: string;
  readonly years: string;
  readonly priceYear: string;
  /** Filled with the seed's figures: the years and price level it then has, which the fields show. */
  readonly seedYears: (first: number, last: number, priceYear: number) => string;
  readonly filled: string;
  readonly insert: string;
  readonly inserted: (sheet: string) => string;
}

/** The incentive-model screen's words. */
export interface SelfTestStrings {
  readonly title: string;
  readonly intro: string;
  readonly run: string;
  readonly running: string;
  readonly failed: (error: string) => string;
  readonly allPassed: (n: number) => string;
  readonly someFailed: (failed: number, n: number) => string;
  /** Each check's label by its id (SelfTest/checkLabel.ts); a function's check is "<functionCheck> <name>". */
  readonly checks: Readonly<Record<string, string>>;
  readonly functionCheck: string;
  readonly names: (names: "en" | "da") => string;
  readonly status: Record<"ok" | "failed" | "notApplicable", string>;
  readonly copyLabel: string;
  readonly copy: string;
}

export interface StaleStrings {
  readonly found: (n: number, first: string) => string;
  readonly repair: string;
  readonly repairing: string;
  readonly repaired: (n: number, still: readonly string[]) => string;
  /** Protected sheets, where nothing was entered (office-js #6611). */
  readonly protectedSheets: (sheets: readonly string[]) => string;
  readonly failed: (error: string) => string;
}

/** The written sheets that no longer cover their list or model, and Opdatér. */
export interface WrittenStrings {
  readonly heading: string;
  readonly list: (sheet: string, inList: number | null, onSheet: number | null) => string;
  readonly model: (sheet: string) => string;
  readonly result: (sheet: string) => string;
  readonly update: string;
  readonly updateLabel: (sheet: string) => string;
  readonly updating: (sheet: string) => string;
  readonly updated: (sheet: string, cells: number | null) => string;
  readonly failed: (sheet: string, why: string) => string;
  readonly changesHeading: (since: string) => string;
  readonly changesCount: (counts: { readonly new: number; readonly ended: number; readonly moved: number; readonly cost: number; readonly other: number }) => string;
  readonly changesTable: string;
  readonly school: string;
  readonly paysChange: string;
  readonly centralChange: string;
  readonly writeChanges: string;
  readonly changesWritten: (sheet: string, cells: number | null) => string;
}

export interface FlowStrings {
  readonly listHeading: string;
  readonly listIntro: string;
  readonly table: string;
  readonly noTables: string;
  readonly readTable: string;
  readonly readSelection: string;
  readonly pupilsFrom: (n: number, sheet: string) => string;
  readonly columnsHeading: string;
  readonly none: string;
  readonly roles: Record<"pupil" | "school" | "cost" | "start" | "end" | "category" | "arrival", string>;
  readonly problemsHeading: (n: number) => string;
  readonly noProblems: string;
  readonly show: string;
  readonly modelHeading: string;
  readonly profile: string;
  readonly schoolYear: string;
  readonly apply: string;
  /** Progress of the long actions, with what they work through. */
  readonly applying: (pupils: number) => string;
  readonly comparing: (pupils: number) => string;
  readonly distributing: string;
  readonly reading: string;
  /** A written sheet is not undone by Ctrl+Z: what to do instead. */
  readonly undo: string;
  readonly fixProblemsFirst: string;
  readonly applied: (sheet: string) => string;
  readonly tiedOut: (tied: TiedOut, listed: number, problems: number) => string;
  readonly noticesHeading: string;
  readonly summaryHeading: string;
  readonly school: string;
  readonly pupilsCount: (n: number) => string;
  readonly schoolPays: string;
  readonly administrationPays: string;
  readonly total: string;
  readonly nameTakenTitle: string;
  readonly nameTaken: (name: string, free: string) => string;
  readonly useNewName: (free: string) => string;
  readonly replace: string;
  readonly cancel: string;
  readonly compareHeading: string;
  readonly modelA: string;
  readonly modelB: string;
  readonly compare: string;
  readonly compared: (sheet: string) => string;
  readonly netHeading: string;
  readonly netPart: string;
  readonly netParts: readonly [string, string, string];
  readonly netKey: string;
  readonly netKeys: Record<"pupils" | "payments" | "deficit", string>;
  readonly distribute: string;
  readonly distributed: (sheet: string) => string;
  readonly budgetHeading: string;
  readonly budgetIntro: string;
  readonly devolved: string;
  readonly writeBudget: string;
  readonly budgeting: string;
  readonly budgeted: (sheet: string) => string;
  /** The name a calibrated cap is saved under on the model sheet, e.g. "Loft 183.333". */
  readonly capProfile: (cap: string) => string;
  readonly saveCap: (name: string) => string;
  readonly solvedProfile: (solveFor: "cap" | "threshold" | "share", value: string) => string;
  /** Model B of the budget: the choice (none first), its devolved amount. */
  readonly budgetB: string;
  readonly noB: string;
  readonly devolvedB: string;
  readonly calibrateHeading: string;
  readonly solveFor: string;
  readonly varied: string;
  readonly solveOptions: Record<"cap" | "threshold" | "share", string>;
  readonly target: string;
  readonly calibrate: string;
  readonly sensitivityHeading: string;
  readonly sensitivityIntro: string;
  readonly from: string;
  readonly to: string;
  readonly step: string;
  readonly writeSensitivity: string;
  readonly analysing: string;
  readonly analysed: (sheet: string) => string;
  readonly applyFirst: string;
  /** Where an amount field's figure comes from when nobody typed one: the result sheet. */
  readonly fromResult: (sheet: string) => string;
  /** Why a button does nothing yet: the value it would run on was never read or chosen. */
  readonly refused: {
    readonly readList: string;
    readonly devolved: string;
    readonly devolvedB: string;
    readonly target: string;
    readonly deficitNeedsBudget: string;
  };
  readonly failed: (error: string) => string;
  readonly working: string;
  readonly editProfile: string;
  readonly profileName: string;
  readonly threshold: string;
  readonly cap: string;
  readonly schoolSharePercent: string;
  readonly saveProfile: string;
  readonly profileSaved: (name: string) => string;
  readonly profilesFull: string;
}

export const STRINGS: Record<UiLanguage, Strings> = {
  da: {
    product: "Specialøkonomi",
    tagline: "Incitamentsmodeller og investeringsforslag på specialområdet, regnet præcist i dine egne budgetark.",
    functionsHeading: "Funktioner",
    functionsIntro: "Skriv dem i enhver celle, som Excels egne funktioner; dansk Excel kender dem på dansk. Beløb regnes eksakt i decimaltal.",
    example: "Eksempel",
    answer: "Giver",
    help: (name) => `Hjælp til ${name} (åbner i et nyt vindue)`,
    helpLink: "Hjælp",
    guide: "Brugervejledning",
    notInExcel: "Åbnet uden for Excel: funktionerne virker kun i en projektmappe.",
    tabs: { model: "Model", templates: "Skabeloner", check: "Kontrol", functions: "Funktioner" },
    loadingTab: "Henter fanen …",
    tabFailed: (reason) => `Fanen kunne ikke hentes (${reason}). Luk og åbn tilføjelsesprogrammet igen.`,
    priceLevel: {
      heading: "Omregn prisniveau",
      intro: (fn) => `Markér én tabel, fx fra rækken "1.000 kr. 2023 p/l" og ned, og hent markeringen. Tallene bliver til ${fn}-formler med indekstabellen Prisindeks, og p/l-teksten rettes.`,
      read: "Hent markeringen",
      stated: (year) => `Tabellen står i ${year} p/l.`,
      notStated: "Tabellen angiver ikke sit prisniveau; angiv det herunder.",
      fromYear: "Fra prisniveau",
      toYear: "Til prisniveau",
      convert: "Omregn",
      confirmTitle: "Omregn tabellen?",
      confirm: (n, address, from, to) => `${n} tal i ${address} bliver til formler, der omregner fra ${from} p/l til ${to} p/l. De kan regnes tilbage igen.`,
      yes: "Omregn",
      cancel: "Annuller",
      converted: (n, to) => `${count(n, "da")} tal er omregnet til ${to} p/l.`,
      nothing: "Der er ingen tal at omregne i markeringen.",
      oneTable: (n) => `Markeringen rummer ${n} tabeller. Markér én tabel ad gangen, fra dens p/l-række og ned; intet er omregnet.`,
      indexMissing: (years) => `Prisindeks mangler indeks for ${years.join(" og ")}; udfyld indekstabellen først. Intet er omregnet.`,
      noIndex: "Projektmappen har ingen indekstabel (navnet Prisindeks).",
      createIndex: "Opret indekstabel",
      indexCreated: (sheet) => `Indekstabellen står i arket ${sheet}. Udfyld indeksene fra KL's pris- og lønskøn.`,
    },
    check: {
      heading: "Kontrol af budgetark",
      intro: "Finder totaler, der ikke stemmer ud over den viste afrunding, besparelser med forkert fortegn, manglende eller blandede prisniveauer og tilbagebetalingstider, der ikke passer til deres række.",
      scope: "Hvad skal kontrolleres",
      activeSheet: "Det aktive ark",
      workbook: "Hele projektmappen",
      run: "Kontrollér",
      none: (sheets) => (sheets === 1 ? "Ingen fund i arket." : `Ingen fund i de ${sheets} ark.`),
      found: (n) => (n === 1 ? "1 fund" : `${n} fund`),
      foundIn: (n, sheets) => `${n === 1 ? "1 fund" : `${n} fund`} i ${sheets === 1 ? "det ene ark" : `de ${sheets} ark`}, der blev læst. Listen står herunder.`,
      checking: "Læser og kontrollerer …",
      show: "Vis",
    },
    catalogue: {
      heading: "Katalog over budgetforslag",
      intro:
        "Samler forslagene fra denne projektmappe og fra filer, du vælger, i ét katalog i ét prisniveau: beløb omregnet med indekstabellen Prisindeks, totaler pr. år, udvalg og type, tilbagebetalingstid, nutidsværdi og kontrollens fund pr. forslag. Filerne læses her i ruden; intet sendes nogen steder hen.",
      fromWorkbook: "Forslag i denne projektmappe",
      thisWorkbook: "(denne projektmappe)",
      read: "Læs forslagene",
      reading: "Læser forslag …",
      readFromWorkbook: (n) => (n === 0 ? "Ingen forslag fundet i projektmappen." : n === 1 ? "1 forslag fundet i projektmappen." : `${da(n)} forslag fundet i projektmappen.`),
      pickFiles: "Vælg forslagsfiler (.xlsx)",
      readFromFiles: (files, proposals, notRead) =>
        `${files === 1 ? "1 fil" : `${da(files)} filer`} læst: ${proposals === 1 ? "1 forslag" : `${da(proposals)} forslag`}${notRead > 0 ? `; ${notRead === 1 ? "1 fil" : `${da(notRead)} filer`} kunne ikke læses (se listen)` : ""}.`,
      fileRead: (n) => (n === 0 ? "læst, men intet forslag" : n === 1 ? "1 forslag" : `${da(n)} forslag`),
      fileNotRead: (why) => `ikke læst: ${why}`,
      remove: (file) => `Fjern ${file}`,
      removeShort: "Fjern",
      proposalsHeading: (n) => (n === 1 ? "1 forslag" : `${da(n)} forslag`),
      priceYear: "Prisniveau (p/l-år)",
      write: "Skriv katalog",
      writing: "Skriver og afstemmer kataloget …",
      choosePriceYear: "Vælg det prisniveau, kataloget skal stå i: skriv p/l-året.",
      nothingChosen: "Vælg forslagene: denne projektmappes ark og/eller filer med forslag.",
      noProposals: "Ingen forslag at skrive: hverken projektmappen eller de valgte filer har et ark med en tabel med budgetår.",
      written: (sheet, n, year, cells) => `Kataloget står i arket ${sheet}: ${n === 1 ? "1 forslag" : `${da(n)} forslag`} i ${year}-p/l, afstemt med beregningen i ${da(cells)} celler.`,
      withFindings: (n) => `${n === 1 ? "1 forslag har" : `${da(n)} forslag har`} fund eller mangler (kolonnerne Mangler og Fund).`,
      leftOut: (n) => `${n === 1 ? "1 forslag kan" : `${da(n)} forslag kan`} ikke omregnes og står uden for totalerne: indekstabellen Prisindeks mangler et år (se Fund).`,
      indexProblem: (why) => `Indekstabellen Prisindeks kunne ikke bruges: ${why}`,
      nameTaken: (name, free) => `Der er allerede et ark, der hedder ${name}. Skriv kataloget i ${free}, eller erstat arket? Et ark, der erstattes, kan ikke hentes tilbage med Ctrl+Z.`,
    },
    templates: {
      heading: "Forslagsskabeloner",
      intro: "Indsæt en skabelon som nyt ark med levende formler: delsummer, totaler og tilbagebetalingstid regnes af arket selv.",
      kind: "Skabelon",
      kinds: {
        investment: "Investeringsforslag",
        prioritisation: "Prioriteringsforslag",
        initiatives: "Indsatsplan",
        skolefleks: "SkoleFleks-pulje",
        budget: "Skolernes budget",
      },
      firstYear: "Første år",
      years: "Antal år",
      priceYear: "Prisniveau (p/l)",
      filled: "Udfyld med eksemplets tal fra kildedokumentet",
      seedYears: (first, last, p) => `Eksemplets år ${first}–${last} i ${p} p/l bruges; fjern fluebenet for at vælge selv.`,
      insert: "Indsæt skabelonen",
      inserted: (sheet) => `Skabelonen står i arket ${sheet}.`,
    },
    selfTest: {
      title: "Selvtest",
      intro: "Prøver alt det, tilføjelsesprogrammet regner med, at Excel gør, i et midlertidigt ark, som slettes igen. Send rapporten til support, hvis noget fejler.",
      run: "Kør selvtest",
      running: "Kører selvtesten …",
      failed: (error) => `Selvtesten kunne ikke køre: ${error}`,
      allPassed: (n) => `Alle ${n} kontroller bestået.`,
      someFailed: (failed, n) => `${failed} af ${n} kontroller fejlede.`,
      checks: {
        requirements: "Kravsæt",
        calculation: "Beregning (#BUSY! ventes ud)",
        calculationState: "Beregningstilstand: færdig (calculationState)",
        structuredReferences: "Tabel: strukturerede referencer følger tilføjede og slettede rækker",
        unknownFunction: "Ukendt funktion giver #NAVN? (FEJLTYPE 5), som skabelonerne forklarer",
        sumproductText: "SUMPRODUKT tæller tekst som 0, og en tom celle er lig \"\" (katalogets totaler)",
        textStaysText: "Tekst med apostrof foran forbliver tekst (modelnavne), +5 er et tal",
        functionNames: "Navnene, Excel kender funktionerne ved (dem, ruden skriver)",
        invariantNames: "formulas viser funktionernes engelske id",
        names: "Navngivne celler",
        autoFill: "Udfyld nedad (autoFill)",
        nullCells: "null lader cellen stå",
        chart: "Diagram",
        look: "Udseende: farver, ulåste inputceller, kolonnebredde",
        freezePanes: "Frysning af overskriftsrækker",
        dataValidation: "Rulleliste (datavalidering)",
        formulasLocal: "formulasLocal frem og tilbage",
        cleanup: "Selvtestens ark slettet",
        ran: "Kørsel",
      },
      functionCheck: "Funktionen",
      names: (names) => (names === "da" ? "danske funktionsnavne" : "engelske funktionsnavne"),
      status: { ok: "bestået", failed: "fejlede", notApplicable: "ikke relevant" },
      copyLabel: "Rapporten som tekst",
      copy: "Kopiér rapporten",
    },
    written: {
      heading: "Ark, der ikke længere passer",
      list: (sheet, inList, onSheet) =>
        `${sheet} dækker ikke længere elevlisten${inList === null || onSheet === null ? "" : `: ${da(inList)} elever i listen, ${da(onSheet)} på arket`}.`,
      model: (sheet) => `${sheet} bruger en model, der ikke længere findes på arket Incitamentsmodel.`,
      result: (sheet) => `${sheet} er skrevet fra et resultatark, der er ændret eller væk.`,
      update: "Opdatér",
      updateLabel: (sheet) => `Opdatér ${sheet}`,
      updating: (sheet) => `Skriver ${sheet} igen …`,
      updated: (sheet, cells) => `${sheet} er opdateret${cells === null ? "" : `. Læst tilbage: alle ${da(cells)} tal stemmer med beregningen til øret`}.`,
      failed: (sheet, why) => `${sheet} kunne ikke opdateres: ${why}`,
      changesHeading: (since) => `Ændringer siden ${since}`,
      changesCount: (c) => `${da(c.new)} nye elever, ${da(c.ended)} afsluttede, ${da(c.moved)} har skiftet skole, ${da(c.cost)} med ændret udgift, ${da(c.other)} andre ændringer.`,
      changesTable: "Ændringer pr. skole",
      school: "Skole",
      paysChange: "Skolens betaling (kr.)",
      centralChange: "Forvaltningen (kr.)",
      writeChanges: "Skriv ændringerne som ark",
      changesWritten: (sheet, cells) => `Ændringerne står i arket ${sheet}${cells === null ? "" : `. Læst tilbage: alle ${da(cells)} tal stemmer, før + ændring = nu for hver skole`}.`,
    },
    stale: {
      found: (n, first) =>
        `${n === 1 ? "1 celle" : `${n} celler`} med tilføjelsesprogrammets funktioner viser #NAVN? (fx ${first}): Excel genkender dem først, når de indtastes igen.`,
      repair: "Opdatér add-in-formler",
      repairing: "Indtaster formlerne igen …",
      repaired: (n, still) =>
        `${n === 1 ? "1 celle" : `${n} celler`} regner igen.${still.length === 0 ? "" : ` Stadig uden svar: ${still.slice(0, 5).join(", ")}${still.length > 5 ? " …" : ""}. Kør Selvtest under Funktioner.`}`,
      protectedSheets: (sheets) =>
        `${sheets.length === 1 ? `Arket ${sheets[0]} er beskyttet` : `Arkene ${sheets.slice(0, -1).join(", ")} og ${sheets[sheets.length - 1]} er beskyttede`}: fjern beskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen. Intet er ændret.`,
      failed: (error) => `Formlerne kunne ikke indtastes igen: ${error}`,
    },
    numberField: { increase: "Forøg værdien", decrease: "Formindsk værdien" },
    flow: {
      listHeading: "Elevliste",
      listIntro: "Vælg tabellen med de segregerede elever, eller markér listen med overskrifter og brug markeringen.",
      table: "Tabel",
      noTables: "Projektmappen har ingen tabeller",
      readTable: "Hent tabellen",
      readSelection: "Brug markeringen",
      pupilsFrom: (n, sheet) => `${n === 1 ? "1 elev" : `${count(n, "da")} elever`} fra arket ${sheet}.`,
      columnsHeading: "Kolonner",
      none: "(ingen)",
      roles: {
        pupil: "Elev",
        school: "Betalende skole",
        cost: "Årlig udgift",
        start: "Startdato",
        end: "Slutdato",
        category: "Kategori",
        arrival: "Tilflyttet",
      },
      problemsHeading: (n) => (n === 1 ? "1 problem i listen" : `${n} problemer i listen`),
      noProblems: "Ingen problemer fundet i listen.",
      show: "Vis",
      modelHeading: "Model og skoleår",
      profile: "Model",
      schoolYear: "Skoleår (2023 = 2023/24)",
      apply: "Anvend modellen",
      applying: (n) => `Skriver ${n === 1 ? "1 elev" : `${count(n, "da")} elever`} i resultatarket …`,
      comparing: (n) => `Sammenligner ${n === 1 ? "1 elev" : `${count(n, "da")} elever`} under de to modeller …`,
      distributing: "Fordeler sikkerhedsnettet …",
      reading: "Læser …",
      undo: "Et skrevet ark kan ikke fortrydes med Ctrl+Z: slet arket for at fortryde.",
      fixProblemsFirst: "Ret problemerne i listen, før modellen anvendes.",
      applied: (sheet) => `Arket ${sheet} er skrevet med formler, der følger listen og modellen.`,
      tiedOut: (tied, listed, problems) =>
        `Læst tilbage: alle ${count(tied.cells, "da")} tal på arket stemmer med beregningen til øret.` +
        (tied.pupils === null ? "" : ` ${count(listed, "da")} ${listed === 1 ? "elev" : "elever"} i listen = ${count(tied.pupils, "da")} talt på arket + ${count(problems, "da")} med problemer.`),
      noticesHeading: "Til orientering",
      summaryHeading: "Pr. skole",
      school: "Skole",
      pupilsCount: (n) => (n === 1 ? "1 elev" : `${count(n, "da")} elever`),
      schoolPays: "Skolen betaler (kr.)",
      administrationPays: "Forvaltningen betaler (kr.)",
      total: "I alt",
      nameTakenTitle: "Arket findes allerede",
      nameTaken: (name, free) =>
        `Der er allerede et ark, der hedder ${name}. Skriv resultatet i ${free}, eller erstat arket? Et ark, der erstattes, kan ikke hentes tilbage med Ctrl+Z; vælger du ${free}, bevares ${name}.`,
      useNewName: (free) => `Skriv i ${free}`,
      replace: "Erstat arket",
      cancel: "Annuller",
      compareHeading: "Sammenlign to modeller",
      modelA: "Model A",
      modelB: "Model B",
      compare: "Sammenlign",
      compared: (sheet) => `Sammenligningen står i arket ${sheet}.`,
      netHeading: "Sikkerhedsnet",
      netPart: "Del af sikkerhedsnettet",
      netParts: ["Fordeles ved planlægning", "Tilflyttere i årets løb", "Fordeles ved årets slutning"],
      netKey: "Fordelingsnøgle",
      netKeys: { pupils: "Elever", payments: "Skolens betaling", deficit: "Underskud (betaling − budget)" },
      distribute: "Fordel",
      distributed: (sheet) => `Fordelingen står i arket ${sheet}, præcist til kronen.`,
      budgetHeading: "Skolernes budget",
      budgetIntro:
        "Beløbet, der udlægges til skolerne, og sikkerhedsnettets planlægningsdel fordeles efter en nøgle: som standard skolens elever på resultatarket; skriv jeres egen nøgle i arkets gule celler. Arket viser hver skoles netto og det loft, hvor skolerne betaler præcis det udlagte.",
      devolved: "Udlagt til skolerne (kr.)",
      writeBudget: "Skriv budgettet",
      budgeting: "Skriver skolernes budget …",
      budgeted: (sheet) => `Budgettet står i arket ${sheet}.`,
      capProfile: (cap) => `Loft ${cap}`,
      saveCap: (name) => `Gem som model: ${name}`,
      solvedProfile: (solveFor, value) => `${{ cap: "Loft", threshold: "Tærskel", share: "Andel" }[solveFor]} ${value}`,
      budgetB: "Sammenlign med model B",
      noB: "Ingen",
      devolvedB: "Udlagt under model B (kr.)",
      calibrateHeading: "Kalibrér modellen til et mål",
      solveFor: "Parameter at kalibrere",
      varied: "Parameter at variere",
      solveOptions: { cap: "Loftet (tærskel = loft)", threshold: "Tærsklen", share: "Skolens andel" },
      target: "Mål: skolernes samlede betaling (kr.)",
      calibrate: "Kalibrér",
      sensitivityHeading: "Følsomhed",
      sensitivityIntro:
        "Skolernes samlede betaling og forvaltningens del for en række værdier af én parameter, med et kurvediagram; modellens værdi nu og værdien kalibreret til målet er markeret.",
      from: "Fra",
      to: "Til",
      step: "Trin",
      writeSensitivity: "Skriv følsomheden",
      analysing: "Skriver følsomheden …",
      analysed: (sheet) => `Følsomheden står i arket ${sheet}.`,
      applyFirst: "Anvend modellen først.",
      fromResult: (sheet) => `Skolernes betaling på ${sheet}, i hele tusinder.`,
      refused: {
        readList: "Hent elevlisten først.",
        devolved: "Skriv beløbet, der udlægges til skolerne (over 0 kr.).",
        devolvedB: "Skriv beløbet, der udlægges under model B (over 0 kr.).",
        target: "Skriv målet for skolernes samlede betaling (over 0 kr.).",
        deficitNeedsBudget: "Nøglen underskud er skolens betaling ud over dens budget: skriv skolernes budget (trinnet nedenfor) først.",
      },
      failed: (error) => `Det lykkedes ikke, og projektmappen er som før. Prøv igen; hvis det sker igen, så kontakt support og nævn: ${error}`,
      working: "Arbejder …",
      editProfile: "Ny model eller ret modellen",
      profileName: "Navn",
      threshold: "Tærskel (kr.)",
      cap: "Loft (kr.)",
      schoolSharePercent: "Skolens andel over tærsklen (%)",
      saveProfile: "Gem modellen",
      profileSaved: (name) => `Modellen ${name} er gemt i arket Incitamentsmodel.`,
      profilesFull: "Arket Incitamentsmodel har ikke plads til flere modeller (kolonne D til Z). Slet en model i arket først.",
    },
  },
  en: {
    product: "Special Education Economics",
    tagline: "Incentive models and investment proposals for special education, computed exactly in your own budget sheets.",
    functionsHeading: "Functions",
    functionsIntro: "Type them in any cell, like Excel's own functions; Danish Excel knows them by their Danish names. Amounts are computed exactly in decimal.",
    example: "Example",
    answer: "Gives",
    help: (name) => `Help on ${name} (opens in a new window)`,
    helpLink: "Help",
    guide: "User guide (in Danish)",
    notInExcel: "Opened outside Excel: the functions only work in a workbook.",
    tabs: { model: "Model", templates: "Templates", check: "Check", functions: "Functions" },
    loadingTab: "Loading the tab …",
    tabFailed: (reason) => `The tab could not be loaded (${reason}). Close the add-in and open it again.`,
    priceLevel: {
      heading: "Convert the price level",
      intro: (fn) => `Select one table, e.g. from the row "1.000 kr. 2023 p/l" down, and read the selection. Its numbers become ${fn} formulas with the index table Prisindeks, and the p/l text is updated.`,
      read: "Read the selection",
      stated: (year) => `The table is in ${year} p/l.`,
      notStated: "The table does not state its price level; give it below.",
      fromYear: "From price level",
      toYear: "To price level",
      convert: "Convert",
      confirmTitle: "Convert the table?",
      confirm: (n, address, from, to) => `${n} numbers in ${address} become formulas converting from ${from} p/l to ${to} p/l. They can be converted back.`,
      yes: "Convert",
      cancel: "Cancel",
      converted: (n, to) => `${n === 1 ? "1 number is" : `${count(n, "en")} numbers are`} converted to ${to} p/l.`,
      nothing: "There are no numbers to convert in the selection.",
      oneTable: (n) => `The selection holds ${n} tables. Select one table at a time, from its p/l row down; nothing is converted.`,
      indexMissing: (years) => `Prisindeks has no index for ${years.join(" and ")}; fill in the index table first. Nothing is converted.`,
      noIndex: "The workbook has no index table (the name Prisindeks).",
      createIndex: "Create an index table",
      indexCreated: (sheet) => `The index table is in the sheet ${sheet}. Fill in the indices from KL's price and wage forecast.`,
    },
    check: {
      heading: "Budget sheet check",
      intro: "Finds totals that do not add up beyond the displayed rounding, savings with the wrong sign, missing or mixed price levels and payback periods that do not fit their row.",
      scope: "What to check",
      activeSheet: "The active sheet",
      workbook: "The whole workbook",
      run: "Check",
      none: (sheets) => (sheets === 1 ? "Nothing found in the sheet." : `Nothing found in the ${sheets} sheets.`),
      found: (n) => (n === 1 ? "1 finding" : `${n} findings`),
      foundIn: (n, sheets) => `${n === 1 ? "1 finding" : `${n} findings`} in ${sheets === 1 ? "the one sheet" : `the ${sheets} sheets`} read. The list follows.`,
      checking: "Reading and checking …",
      show: "Show",
    },
    catalogue: {
      heading: "Catalogue of budget proposals",
      intro:
        "Collects the proposals of this workbook and of files you choose into one catalogue at one price level: amounts converted with the index table Prisindeks, totals per year, committee and type, payback, present value and the check's findings per proposal. The files are read here in the pane; nothing is sent anywhere.",
      fromWorkbook: "Proposals in this workbook",
      thisWorkbook: "(this workbook)",
      read: "Read the proposals",
      reading: "Reading proposals …",
      readFromWorkbook: (n) => (n === 0 ? "No proposals found in the workbook." : n === 1 ? "1 proposal found in the workbook." : `${en(n)} proposals found in the workbook.`),
      pickFiles: "Choose proposal files (.xlsx)",
      readFromFiles: (files, proposals, notRead) =>
        `${files === 1 ? "1 file" : `${en(files)} files`} read: ${proposals === 1 ? "1 proposal" : `${en(proposals)} proposals`}${notRead > 0 ? `; ${notRead === 1 ? "1 file" : `${en(notRead)} files`} could not be read (see the list)` : ""}.`,
      fileRead: (n) => (n === 0 ? "read, but no proposal" : n === 1 ? "1 proposal" : `${en(n)} proposals`),
      fileNotRead: (why) => `not read: ${why}`,
      remove: (file) => `Remove ${file}`,
      removeShort: "Remove",
      proposalsHeading: (n) => (n === 1 ? "1 proposal" : `${en(n)} proposals`),
      priceYear: "Price level (year)",
      write: "Write catalogue",
      writing: "Writing and tying out the catalogue …",
      choosePriceYear: "Choose the price level of the catalogue: type its year.",
      nothingChosen: "Choose the proposals: this workbook's sheets and/or files with proposals.",
      noProposals: "No proposals to write: neither the workbook nor the files chosen have a sheet with a table of budget years.",
      written: (sheet, n, year, cells) => `The catalogue is in the sheet ${sheet}: ${n === 1 ? "1 proposal" : `${en(n)} proposals`} at ${year} prices, tied out with the computation in ${en(cells)} cells.`,
      withFindings: (n) => `${n === 1 ? "1 proposal has" : `${en(n)} proposals have`} findings or missing fields (columns Mangler and Fund).`,
      leftOut: (n) => `${n === 1 ? "1 proposal cannot" : `${en(n)} proposals cannot`} be converted and is left out of the totals: the index table Prisindeks lacks a year (see Fund).`,
      indexProblem: (why) => `The index table Prisindeks could not be used: ${why}`,
      nameTaken: (name, free) => `There is already a sheet called ${name}. Write the catalogue to ${free}, or replace the sheet? A replaced sheet cannot be brought back with Ctrl+Z.`,
    },
    templates: {
      heading: "Proposal templates",
      intro: "Insert a template as a new sheet with live formulas: subtotals, totals and payback periods are computed by the sheet itself.",
      kind: "Template",
      kinds: {
        investment: "Investment proposal",
        prioritisation: "Prioritisation proposal",
        initiatives: "Initiative plan",
        skolefleks: "SkoleFleks pool",
        budget: "The schools' budget",
      },
      firstYear: "First year",
      years: "Number of years",
      priceYear: "Price level (p/l)",
      filled: "Fill in the example figures from the source document",
      seedYears: (first, last, p) => `The example's years ${first}–${last} in ${p} p/l are used; untick to choose your own.`,
      insert: "Insert the template",
      inserted: (sheet) => `The template is in the sheet ${sheet}.`,
    },
    selfTest: {
      title: "Self-test",
      intro: "Tries everything the add-in relies on Excel to do, in a temporary sheet that is deleted again. Send the report to support if anything fails.",
      run: "Run the self-test",
      running: "Running the self-test …",
      failed: (error) => `The self-test could not run: ${error}`,
      allPassed: (n) => `All ${n} checks passed.`,
      someFailed: (failed, n) => `${failed} of ${n} checks failed.`,
      checks: {
        requirements: "Requirement sets",
        calculation: "Calculation (#BUSY! waited out)",
        calculationState: "Calculation state: done (calculationState)",
        structuredReferences: "Table: structured references follow rows added and deleted",
        unknownFunction: "An unknown function gives #NAME? (ERROR.TYPE 5), which the templates explain",
        sumproductText: "SUMPRODUCT counts text as 0, and an empty cell equals \"\" (the catalogue's totals)",
        textStaysText: "Text with an apostrophe in front stays text (model names), +5 is a number",
        functionNames: "The names Excel knows the functions by (those the pane writes)",
        invariantNames: "formulas shows the functions' English ids",
        names: "Named cells",
        autoFill: "Fill down (autoFill)",
        nullCells: "null leaves a cell alone",
        chart: "Chart",
        look: "Look: fills, unlocked input cells, column width",
        freezePanes: "Frozen header rows",
        dataValidation: "Drop-down list (data validation)",
        formulasLocal: "formulasLocal round trip",
        cleanup: "Self-test sheet deleted",
        ran: "Run",
      },
      functionCheck: "The function",
      names: (names) => (names === "da" ? "Danish function names" : "English function names"),
      status: { ok: "passed", failed: "failed", notApplicable: "not applicable" },
      copyLabel: "The report as text",
      copy: "Copy the report",
    },
    written: {
      heading: "Sheets that no longer fit",
      list: (sheet, inList, onSheet) =>
        `${sheet} no longer covers the pupil list${inList === null || onSheet === null ? "" : `: ${en(inList)} pupils in the list, ${en(onSheet)} on the sheet`}.`,
      model: (sheet) => `${sheet} uses a model that is no longer on the sheet Incitamentsmodel.`,
      result: (sheet) => `${sheet} was written from a result sheet that has changed or is gone.`,
      update: "Update",
      updateLabel: (sheet) => `Update ${sheet}`,
      updating: (sheet) => `Writing ${sheet} again …`,
      updated: (sheet, cells) => `${sheet} is updated${cells === null ? "" : `. Read back: all ${en(cells)} figures agree with the computation to the øre`}.`,
      failed: (sheet, why) => `${sheet} could not be updated: ${why}`,
      changesHeading: (since) => `Changes since ${since}`,
      changesCount: (c) => `${en(c.new)} new pupils, ${en(c.ended)} ended, ${en(c.moved)} moved school, ${en(c.cost)} with a changed cost, ${en(c.other)} other changes.`,
      changesTable: "Changes per school",
      school: "School",
      paysChange: "School pays (kr.)",
      centralChange: "Administration (kr.)",
      writeChanges: "Write the changes as a sheet",
      changesWritten: (sheet, cells) => `The changes are in the sheet ${sheet}${cells === null ? "" : `. Read back: all ${en(cells)} figures agree, before + change = now for every school`}.`,
    },
    stale: {
      found: (n, first) =>
        `${n === 1 ? "1 cell" : `${n} cells`} with the add-in's functions show #NAME? (e.g. ${first}): Excel recognises them once they are entered again.`,
      repair: "Update add-in formulas",
      repairing: "Entering the formulas again …",
      repaired: (n, still) =>
        `${n === 1 ? "1 cell computes" : `${n} cells compute`} again.${still.length === 0 ? "" : ` Still without an answer: ${still.slice(0, 5).join(", ")}${still.length > 5 ? " …" : ""}. Run the self-test under Functions.`}`,
      protectedSheets: (sheets) =>
        `${sheets.length === 1 ? `The sheet ${sheets[0]} is protected` : `The sheets ${sheets.slice(0, -1).join(", ")} and ${sheets[sheets.length - 1]} are protected`}: unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.`,
      failed: (error) => `The formulas could not be entered again: ${error}`,
    },
    numberField: { increase: "Increase the value", decrease: "Decrease the value" },
    flow: {
      listHeading: "Pupil list",
      listIntro: "Choose the table of segregated pupils, or select the list with its headers and use the selection.",
      table: "Table",
      noTables: "The workbook has no tables",
      readTable: "Read the table",
      readSelection: "Use the selection",
      pupilsFrom: (n, sheet) => `${n === 1 ? "1 pupil" : `${count(n, "en")} pupils`} from the sheet ${sheet}.`,
      columnsHeading: "Columns",
      none: "(none)",
      roles: {
        pupil: "Pupil",
        school: "Paying school",
        cost: "Annual cost",
        start: "Start date",
        end: "End date",
        category: "Category",
        arrival: "Arrival",
      },
      problemsHeading: (n) => (n === 1 ? "1 problem in the list" : `${n} problems in the list`),
      noProblems: "No problems found in the list.",
      show: "Show",
      modelHeading: "Model and school year",
      profile: "Model",
      schoolYear: "School year (2023 = 2023/24)",
      apply: "Apply the model",
      applying: (n) => `Writing ${n === 1 ? "1 pupil" : `${count(n, "en")} pupils`} to the result sheet …`,
      comparing: (n) => `Comparing ${n === 1 ? "1 pupil" : `${count(n, "en")} pupils`} under the two models …`,
      distributing: "Sharing the safety net …",
      reading: "Reading …",
      undo: "A written sheet cannot be undone with Ctrl+Z: delete the sheet to undo it.",
      fixProblemsFirst: "Fix the problems in the list before applying the model.",
      applied: (sheet) => `The sheet ${sheet} is written with formulas that follow the list and the model.`,
      tiedOut: (tied, listed, problems) =>
        `Read back: all ${count(tied.cells, "en")} figures on the sheet agree with the computation to the øre.` +
        (tied.pupils === null ? "" : ` ${count(listed, "en")} ${listed === 1 ? "pupil" : "pupils"} in the list = ${count(tied.pupils, "en")} counted on the sheet + ${count(problems, "en")} with problems.`),
      noticesHeading: "For your information",
      summaryHeading: "Per school",
      school: "School",
      pupilsCount: (n) => (n === 1 ? "1 pupil" : `${count(n, "en")} pupils`),
      schoolPays: "School pays (kr.)",
      administrationPays: "Administration pays (kr.)",
      total: "Total",
      nameTakenTitle: "The sheet exists",
      nameTaken: (name, free) =>
        `There is already a sheet called ${name}. Write the result to ${free}, or replace the sheet? A replaced sheet cannot be brought back with Ctrl+Z; choosing ${free} keeps ${name}.`,
      useNewName: (free) => `Write to ${free}`,
      replace: "Replace the sheet",
      cancel: "Cancel",
      compareHeading: "Compare two models",
      modelA: "Model A",
      modelB: "Model B",
      compare: "Compare",
      compared: (sheet) => `The comparison is in the sheet ${sheet}.`,
      netHeading: "Safety net",
      netPart: "Part of the safety net",
      netParts: ["Distributed at planning", "Movers-in during the year", "Distributed at year end"],
      netKey: "Key",
      netKeys: { pupils: "Pupils", payments: "School payments", deficit: "Deficit (payments − budget)" },
      distribute: "Distribute",
      distributed: (sheet) => `The distribution is in the sheet ${sheet}, exact to the krone.`,
      budgetHeading: "The schools' budget",
      budgetIntro:
        "The amount devolved to the schools and the safety net's planning part are split by a key: by default each school's pupils on the result sheet; type your own key in the sheet's yellow cells. The sheet shows each school's net and the cap at which the schools pay exactly what is devolved.",
      devolved: "Devolved to the schools (kr.)",
      writeBudget: "Write the budget",
      budgeting: "Writing the schools' budget …",
      budgeted: (sheet) => `The budget is in the sheet ${sheet}.`,
      capProfile: (cap) => `Cap ${cap}`,
      saveCap: (name) => `Save as a model: ${name}`,
      solvedProfile: (solveFor, value) => `${{ cap: "Cap", threshold: "Threshold", share: "Share" }[solveFor]} ${value}`,
      budgetB: "Compare with model B",
      noB: "None",
      devolvedB: "Devolved under model B (kr.)",
      calibrateHeading: "Calibrate the model to a target",
      solveFor: "Parameter to calibrate",
      varied: "Parameter to vary",
      solveOptions: { cap: "The cap (threshold = cap)", threshold: "The threshold", share: "The school share" },
      target: "Target: the schools' total (kr.)",
      calibrate: "Calibrate",
      sensitivityHeading: "Sensitivity",
      sensitivityIntro:
        "The schools' total and the administration's part over a range of one parameter, with a line chart; the model's value now and the value calibrated to the target are marked.",
      from: "From",
      to: "To",
      step: "Step",
      writeSensitivity: "Write the sensitivity",
      analysing: "Writing the sensitivity …",
      analysed: (sheet) => `The sensitivity is in the sheet ${sheet}.`,
      applyFirst: "Apply the model first.",
      fromResult: (sheet) => `The schools' payments on ${sheet}, in whole thousands.`,
      refused: {
        readList: "Read the pupil list first.",
        devolved: "Type the amount devolved to the schools (above 0 kr.).",
        devolvedB: "Type the amount devolved under model B (above 0 kr.).",
        target: "Type the target for the schools' total (above 0 kr.).",
        deficitNeedsBudget: "The deficit key is a school's payments beyond its budget: write the schools' budget (the step below) first.",
      },
      failed: (error) => `That did not work, and the workbook is as it was. Try again; if it happens again, contact support and mention: ${error}`,
      working: "Working …",
      editProfile: "New model or edit this one",
      profileName: "Name",
      threshold: "Threshold (kr.)",
      cap: "Cap (kr.)",
      schoolSharePercent: "School's share above the threshold (%)",
      saveProfile: "Save the model",
      profileSaved: (name) => `The model ${name} is saved in the sheet Incitamentsmodel.`,
      profilesFull: "The sheet Incitamentsmodel has no room for more models (columns D to Z). Delete one in the sheet first.",
    },
  },
};
