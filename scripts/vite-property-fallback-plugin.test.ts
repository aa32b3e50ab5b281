import { describe, expect, it } from "vitest";
import { PROPERTY_FALLBACK_CONDITION, withoutSupportsBlock } from "./vite-property-fallback-plugin";

const C = PROPERTY_FALLBACK_CONDITION;

describe("the @property fallback block", () => {
  it("goes, nested rules and all, with everything around it kept", () => {
    const css = `.a{color:red}${C}{*,:before{--tw-x:0}::backdrop{--tw-y:0}}.b{color:blue}@supports (x:y){.c{d:e}}`;
    expect(withoutSupportsBlock(css, C)).toBe(".a{color:red}.b{color:blue}@supports (x:y){.c{d:e}}");
  });

  it("leaves a stylesheet without it, or with it broken, as it is", () => {
    expect(withoutSupportsBlock(".a{color:red}", C)).toBe(".a{color:red}");
    expect(withoutSupportsBlock(`${C}{*{--tw-x:0}`, C)).toBe(`${C}{*{--tw-x:0}`);
    expect(withoutSupportsBlock(`${C} and (x:y){.a{b:c}}`, C)).toBe(`${C} and (x:y){.a{b:c}}`);
  });
});
