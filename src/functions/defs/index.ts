import type { FunctionDef } from "../define";
import { ALLOCATE } from "./allocate";
import { FULLYEAR } from "./fullYear";
import { PAYBACK } from "./payback";
import { PAYBACK_DISCOUNTED } from "./paybackDiscounted";
import { PRESENTVALUE } from "./presentValue";
import { PRICELEVEL } from "./priceLevel";
import { SEGREGATION_CENTRAL } from "./segregationCentral";
import { SEGREGATION_LIABLE } from "./segregationLiable";
import { SEGREGATION_PAYMENT } from "./segregationPayment";
import { SEGREGATION_CALIBRATE } from "./segregationCalibrate";
import { SEGREGATION_TOTAL } from "./segregationTotal";
import { SUMCHECK } from "./sumCheck";

/** Every custom function, in the order Excel's metadata, the help index and the pane list them. */
export const FUNCTIONS: readonly FunctionDef[] = [
  SEGREGATION_PAYMENT,
  SEGREGATION_CENTRAL,
  SEGREGATION_LIABLE,
  SEGREGATION_TOTAL,
  SEGREGATION_CALIBRATE,
  PAYBACK,
  PAYBACK_DISCOUNTED,
  PRESENTVALUE,
  PRICELEVEL,
  FULLYEAR,
  ALLOCATE,
  SUMCHECK,
];

/** A function's definition by id. */
export function functionDef(id: string): FunctionDef | undefined {
  return FUNCTIONS.find((f) => f.id === id);
}

// The implementations by name, for tests that call them as Excel does.
export { allocateTotal } from "./allocate";
export { fullYear } from "./fullYear";
export { paybackPeriod } from "./payback";
export { paybackDiscounted, paybackDiscountedExact } from "./paybackDiscounted";
export { presentValue } from "./presentValue";
export { priceLevel } from "./priceLevel";
export { segregationCentral, segregationCentralExact } from "./segregationCentral";
export { segregationLiable, segregationLiableExact } from "./segregationLiable";
export { segregationPayment, segregationPaymentExact } from "./segregationPayment";
export { segregationCalibrate } from "./segregationCalibrate";
export { segregationTotal } from "./segregationTotal";
export { sumCheckTotal } from "./sumCheck";
