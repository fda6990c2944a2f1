/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { uiLanguage } from "../../src/office/host";
import { App } from "../../src/taskpane/App";
import { danishFormula } from "../../src/taskpane/formula";
import { CONTRACT } from "../support/contract";

// jsdom does no layout and has no ResizeObserver, which Fluent's MessageBar asks for; a browser has one.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

function renderApp(language: "da" | "en", inExcel = true) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App language={language} functions={FUNCTION_CATALOG} inExcel={inExcel} />
    </FluentProvider>,
  );
}

describe("the task pane's first screen", () => {
  it("names the product in Danish and lists every function with its example", () => {
    renderApp("da");
    expect(screen.getByRole("heading", { level: 1, name: "Specialøkonomi" })).toBeTruthy();
    const list = screen.getByRole("list", { name: "Funktioner" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => within(item).getByRole("heading", { level: 3 }).textContent)).toEqual(Object.keys(CONTRACT));
    expect(within(items[0]).getByText(/Skolens andel/)).toBeTruthy();
    expect(within(items[3]).getByText("=PAYBACK(B2:G2)")).toBeTruthy();
    expect(within(items[2]).getByText("=SEGREGATION.LIABLE(DATO(2023;8;1); DATO(2024;1;31); 2023)")).toBeTruthy();
    expect(within(items[0]).getByText(/272\.497,50 kr\./)).toBeTruthy();
  });

  it("speaks English when Office does not speak Danish", () => {
    renderApp("en");
    expect(screen.getByRole("heading", { level: 1, name: "Special Education Economics" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Functions" })).toBeTruthy();
    expect(screen.getByText(/The school's part of a special offer/)).toBeTruthy();
    expect(screen.getByText("=PAYBACK.DISCOUNTED(B2:G2, 0.035)")).toBeTruthy();
  });

  it("says so when opened outside Excel", () => {
    renderApp("da", false);
    expect(screen.getByText(/uden for Excel/)).toBeTruthy();
  });
});

describe("formulas as Danish Excel spells them", () => {
  it.each([
    ["=PAYBACK.DISCOUNTED(B2:G2, 0.035)", "=PAYBACK.DISCOUNTED(B2:G2; 0,035)"],
    ["=FULLYEAR(DATE(2020,1,1), DATE(2020,6,30), 2020, TRUE)", "=FULLYEAR(DATO(2020;1;1); DATO(2020;6;30); 2020; SAND)"],
    ["=PAYBACK(C4:H4, FALSE, TRUE)", "=PAYBACK(C4:H4; FALSK; SAND)"],
    ["=SEGREGATION.PAYMENT(280000)", "=SEGREGATION.PAYMENT(280000)"],
  ])("%s → %s", (english, danish) => {
    expect(danishFormula(english)).toBe(danish);
  });
});

describe("the display language", () => {
  it.each([
    ["da-DK", "da"],
    ["da", "da"],
    ["DA-dk", "da"],
    ["en-US", "en"],
    ["sv-SE", "en"],
    [undefined, "en"],
  ])("%p → %p", (display, language) => {
    expect(uiLanguage(display)).toBe(language);
  });
});
