import { describe, expect, it } from "vitest";
import { ALL_STRINGS } from "./all-strings";
import { LATER_GROUPS, stringsPart } from "./string-parts";

describe("stringsPart", () => {
  it.each(Object.entries(ALL_STRINGS))("cuts %s into two parts that hold every group once", (_, all) => {
    const first = stringsPart(all, "first");
    const later = stringsPart(all, "later");
    expect(Object.keys(later).sort()).toEqual([...LATER_GROUPS].sort());
    expect(Object.keys(first).filter((group) => group in later)).toEqual([]);
    expect({ ...first, ...later }).toEqual(all);
  });
});
