import { FUNCTIONS } from "./defs";

/*
 * The custom functions' entry (functions.js): tells Excel which implementation answers each id of
 * functions.json. Each function is defined once, in src/functions/defs/<name>.ts. `CustomFunctions`
 * is the only global the functions use, so the bundle loads in Excel's JavaScript-only runtime (no
 * DOM, no Office.js); outside Excel (a test importing this) there is nothing to associate with.
 */
if (typeof CustomFunctions !== "undefined") {
  for (const fn of FUNCTIONS) CustomFunctions.associate(fn.id, fn.implementation);
}
