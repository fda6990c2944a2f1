import { BALLERUP } from "../../tools/seeds";

export * from "../../tools/seeds";

/**
 * Ballerup's day-treatment table (seed 004) as typed from the PDF into a sheet in General format:
 * full-year persons, then amounts, each with the district rows and the printed total, `edit`
 * planting errors. Values only, rows from A1.
 */
export function ballerupTyped(edit: (rows: unknown[][]) => void = () => undefined): unknown[][] {
  const rows: unknown[][] = [
    ["Dagbehandling, helårspersoner", ...BALLERUP.years],
    ...BALLERUP.districts.map((d) => [d.name, ...d.fte]),
    ["I alt", ...BALLERUP.totalFte],
    [],
    ["Dagbehandling, kr., løbende priser", ...BALLERUP.years],
    ...BALLERUP.districts.map((d) => [d.name, ...d.amount]),
    ["I alt", ...BALLERUP.totalAmount],
  ];
  edit(rows);
  return rows;
}
