/** Where the Danish user guide (docs/brugervejledning.md) is served, beside the help pages with its pictures. */
export const GUIDE_PATH = "help/da/brugervejledning.html";
