import { CONTRACT } from "../support/contract";
import { describeContract } from "../support/runCase";
import { sourceFunctions } from "../../tools/sourceFunctions";

const { metadata, registry } = sourceFunctions();

describe("the contract, from the sources as the metadata parser reads them", () => {
  it("declares exactly the contract's functions, with their parameters in order", () => {
    const declared = Object.fromEntries(metadata.functions.map((f) => [f.name, f.parameters.map((p) => p.name)]));
    expect(declared).toEqual(CONTRACT);
    expect(metadata.functions.every((f) => f.id === f.name)).toBe(true);
  });

  describeContract(() => registry);
});
