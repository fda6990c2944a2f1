import { allocateTotal, ID as ALLOCATE } from "./defs/allocate";
import { fullYear, ID as FULLYEAR } from "./defs/fullYear";
import { ID as PAYBACK, paybackPeriod } from "./defs/payback";
import { ID as PAYBACK_DISCOUNTED, paybackDiscounted } from "./defs/paybackDiscounted";
import { ID as PRESENTVALUE, presentValue } from "./defs/presentValue";
import { ID as PRICELEVEL, priceLevel } from "./defs/priceLevel";
import { ID as SEGREGATION_CENTRAL, segregationCentral } from "./defs/segregationCentral";
import { ID as SEGREGATION_LIABLE, segregationLiable } from "./defs/segregationLiable";
import { ID as SEGREGATION_PAYMENT, segregationPayment } from "./defs/segregationPayment";
import { ID as SEGREGATION_CALIBRATE, segregationCalibrate } from "./defs/segregationCalibrate";
import { ID as SEGREGATION_TOTAL, segregationTotal } from "./defs/segregationTotal";
import { ID as SUMCHECK, sumCheckTotal } from "./defs/sumCheck";

/*
 * The custom functions' entry (functions.js): tells Excel which implementation answers each id of
 * functions.json. Each function is defined in src/functions/defs/<name>.ts; this file takes only its
 * id and implementation from there, so the bundle Excel loads for a workbook that just uses the
 * functions carries no help pages, examples or catalogue texts (webpack drops the unused definition
 * objects). test/dist checks that it associates every defined function. `CustomFunctions` is the
 * only global the functions use, so the bundle loads in Excel's JavaScript-only runtime (no DOM, no
 * Office.js); outside Excel (a test importing this) there is nothing to associate with.
 */
export const ASSOCIATED: readonly (readonly [string, (...args: never[]) => unknown])[] = [
  [SEGREGATION_PAYMENT, segregationPayment],
  [SEGREGATION_CENTRAL, segregationCentral],
  [SEGREGATION_LIABLE, segregationLiable],
  [SEGREGATION_TOTAL, segregationTotal],
  [SEGREGATION_CALIBRATE, segregationCalibrate],
  [PAYBACK, paybackPeriod],
  [PAYBACK_DISCOUNTED, paybackDiscounted],
  [PRESENTVALUE, presentValue],
  [PRICELEVEL, priceLevel],
  [FULLYEAR, fullYear],
  [ALLOCATE, allocateTotal],
  [SUMCHECK, sumCheckTotal],
];

if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of ASSOCIATED) CustomFunctions.associate(id, fn as (...args: unknown[]) => unknown);
}
