/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { TabBar } from "../../src/taskpane/TabBar";
import { tabAfterKey } from "../../src/taskpane/TabBar/TabBar";

const TABS = [
  { value: "a", label: "Model" },
  { value: "b", label: "Skabeloner" },
  { value: "c", label: "Kontrol" },
] as const;

function Bar() {
  const [selected, setSelected] = useState<"a" | "b" | "c">("a");
  return <TabBar tabs={TABS} selected={selected} onSelect={setSelected} />;
}

describe("the pane's tab bar", () => {
  it("moves with the arrows (round), Home and End; nothing else moves it", () => {
    expect([tabAfterKey("ArrowRight", 0, 3), tabAfterKey("ArrowRight", 2, 3), tabAfterKey("ArrowLeft", 0, 3), tabAfterKey("Home", 2, 3), tabAfterKey("End", 0, 3)]).toEqual([1, 0, 2, 0, 2]);
    expect(tabAfterKey("ArrowDown", 0, 3)).toBeNull();
    expect(tabAfterKey("a", 0, 3)).toBeNull();
  });

  it("is one stop in the Tab order; the arrows move the focus, a click or Enter selects", () => {
    render(<Bar />);
    const tab = (name: string) => screen.getByRole("tab", { name });
    expect(screen.getAllByRole("tab").map((t) => [t.textContent, t.getAttribute("aria-selected"), t.tabIndex])).toEqual([
      ["Model", "true", 0],
      ["SkabelonerSkabeloner", "false", -1],
      ["KontrolKontrol", "false", -1],
    ]);
    tab("Model").focus();
    fireEvent.keyDown(tab("Model"), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(tab("Kontrol"));
    expect(tab("Model").getAttribute("aria-selected")).toBe("true");
    fireEvent.click(tab("Kontrol"));
    expect([tab("Kontrol").getAttribute("aria-selected"), tab("Kontrol").tabIndex, tab("Model").tabIndex]).toEqual(["true", 0, -1]);
  });
});
