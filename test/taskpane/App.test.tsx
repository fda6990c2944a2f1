/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { uiLanguage } from "../../src/office/host";
import { App } from "../../src/taskpane/App";
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
  });

  it("speaks English when Office does not speak Danish", () => {
    renderApp("en");
    expect(screen.getByRole("heading", { level: 1, name: "Special Education Economics" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Functions" })).toBeTruthy();
    expect(screen.getByText(/The school's part of a special offer/)).toBeTruthy();
  });

  it("says so when opened outside Excel", () => {
    renderApp("da", false);
    expect(screen.getByText(/uden for Excel/)).toBeTruthy();
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
