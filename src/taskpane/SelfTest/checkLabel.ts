import { hostName } from "../../office/formulas";

/** A self-test check's label: a function check names the function as the host knows it. */
export function checkLabel(id: string, names: "en" | "da", labels: Readonly<Record<string, string>>, fn: string): string {
  return id.startsWith("function:") ? `${fn} ${hostName(id.slice("function:".length), names)}` : (labels[id] ?? id);
}
