import { changesBetween, packFigures, type PupilFigures, unpackFigures } from "../../src/core/changes";
import { Dec } from "../../src/core/decimal";
import { unwrap } from "../../src/core/result";

const pupil = (id: string, school: string, cost: number, pays: number, central: number): PupilFigures => ({ id, school, cost: new Dec(cost), pays: new Dec(pays), central: new Dec(central) });

describe("changesBetween", () => {
  const before = [pupil("A", "Nord", 300000, 280000, 20000), pupil("B", "Nord", 200000, 200000, 0), pupil("C", "Syd", 400000, 287077, 112923), pupil("D", "Syd", 250000, 250000, 0)];

  it("names each kind of change and ties out per school, a mover's payment taken from the old school to the new", () => {
    const after = [
      pupil("A", "nord", 300000, 280000, 20000), // the same school, written in lower case: no change
      pupil("B", "Syd", 200000, 200000, 0), // moved
      pupil("C", "Syd", 410000, 287077, 122923), // cost
      pupil("E", "Vest", 100000.01, 100000.01, 0), // new
    ]; // D ended
    const changes = unwrap(changesBetween(before, after));
    expect(changes.pupils.map((c) => [c.kind, c.id])).toEqual([
      ["moved", "B"],
      ["cost", "C"],
      ["ended", "D"],
      ["new", "E"],
    ]);
    expect(changes.schools.map((s) => [s.school, s.paysBefore.toString(), s.paysChange.toString(), s.paysAfter.toString(), s.centralChange.toString()])).toEqual([
      ["nord", "480000", "-200000", "280000", "0"],
      ["Syd", "537077", "-50000", "487077", "10000"],
      ["Vest", "0", "100000.01", "100000.01", "0"],
    ]);
  });

  it("tells a changed payment at the same school and cost as another change (a date, a category, the model)", () => {
    const changes = unwrap(changesBetween([pupil("A", "Nord", 300000, 280000, 20000)], [pupil("A", "Nord", 300000, 140000, 10000)]));
    expect(changes.pupils.map((c) => c.kind)).toEqual(["other"]);
  });

  it("matches a pupil named twice by occurrence, and refuses a list without names", () => {
    const twice = unwrap(changesBetween([pupil("A", "Nord", 1, 1, 0), pupil("A", "Nord", 2, 2, 0)], [pupil("A", "Nord", 1, 1, 0)]));
    expect(twice.pupils.map((c) => [c.kind, c.before?.cost.toString()])).toEqual([["ended", "2"]]);
    expect(changesBetween([pupil(" ", "Nord", 1, 1, 0)], []).ok).toBe(false);
  });

  it("keeps a pupil's figures as one text and reads them back exactly", () => {
    const p = pupil("Elev =1\t2", "Skole*Nord", 299934.57, 282464.79, 17469.78);
    expect(unpackFigures(packFigures(p))).toEqual({ ...p, id: "Elev =1 2" });
    expect(packFigures(p).startsWith("|")).toBe(true);
    expect(unpackFigures("Elev")).toBeNull();
    // Fewer than five fields, or a figure that is no number: not figures.
    expect([unpackFigures("|Elev\tSkole\t1\t2"), unpackFigures("|Elev"), unpackFigures("|Elev\tSkole\t1\tx\t2"), unpackFigures("|")]).toEqual([null, null, null, null]);
    expect(unpackFigures("|Elev\tSkole\t1\t2\t3")).toEqual({ id: "Elev", school: "Skole", cost: new Dec(1), pays: new Dec(2), central: new Dec(3) });
  });
});

describe("changes at their edges (mutation testing, issue #30)", () => {
  it("a change of the administration's part alone is a change; the same figures are none", () => {
    expect(unwrap(changesBetween([pupil("A", "Nord", 3, 2, 1)], [pupil("A", "Nord", 3, 2, 1.5)])).pupils.map((c) => c.kind)).toEqual(["other"]);
    expect(unwrap(changesBetween([pupil("A", "Nord", 3, 2, 1)], [pupil("A", "NORD", 3, 2, 1)])).pupils).toEqual([]);
  });

  it("a school is shown as the list now first writes it, and one only before keeps its old spelling", () => {
    const changes = unwrap(changesBetween([pupil("A", "nord", 1, 1, 0), pupil("B", "Syd", 1, 1, 0)], [pupil("A", "Nord", 2, 2, 0), pupil("C", "NORD", 1, 1, 0)]));
    expect(changes.schools.map((s) => s.school)).toEqual(["Nord", "Syd"]);
    expect(changes.schools.map((s) => [s.paysBefore.toNumber(), s.paysChange.toNumber(), s.paysAfter.toNumber()])).toEqual([
      [1, 2, 3],
      [1, -1, 0],
    ]);
  });

  it("refuses a list now without a pupil's id as well as one before", () => {
    expect(changesBetween([], [pupil("", "Nord", 1, 1, 0)]).ok).toBe(false);
    const r = changesBetween([pupil("A", "Nord", 1, 1, 0)], [pupil("  ", "Nord", 1, 1, 0)]);
    expect(r.ok ? null : r.failure.message.en).toBe("Changes need a column with the pupil's name or number to match pupils by");
  });

  it("reads back nothing from what it did not pack: no leading |, a field missing, a figure that is no number", () => {
    expect(unpackFigures("A\tNord\t1\t1\t0")).toBeNull();
    expect(unpackFigures("|A\tNord\t1\t1")).toBeNull();
    expect(unpackFigures("|A\tNord\t1\tx\t0")).toBeNull();
    expect(unpackFigures(42)).toBeNull();
    expect(unpackFigures("|A\tNord\t1\t1\t0")).toEqual(pupil("A", "Nord", 1, 1, 0));
    expect(packFigures(pupil("A\nB", "Nord\tSyd", 1, 1, 0))).toBe("|A B\tNord Syd\t1\t1\t0");
  });
});
