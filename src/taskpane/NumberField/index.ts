export { NumberField, shownNumber, typedNumber, type NumberKind } from "./NumberField";
