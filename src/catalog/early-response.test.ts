// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EARLY_CATALOG_URL, type EarlyRequest, takeEarlyResponse } from "./early-response";

const script = readFileSync(resolve("public/early-request.js"), "utf8");
const holder = window as { earlyCatalogRequest?: EarlyRequest };

afterEach(() => {
  delete holder.earlyCatalogRequest;
});

describe("the early catalog request", () => {
  it("is asked for by the script under the name and URL the app takes it by", () => {
    expect(script).toContain("window.earlyCatalogRequest =");
    expect(script).toContain(`fetch("${EARLY_CATALOG_URL}", { cache: "no-cache" })`);
    expect(script).toContain('.has("catalog")'); // never for a catalog named in the link
    expect(script).toContain("response.catch("); // no unhandled rejection before the app takes it
  });

  it("is taken over once, for the default catalog only", async () => {
    const response = Promise.resolve(new Response("{}"));
    holder.earlyCatalogRequest = { response };
    expect(takeEarlyResponse("./bench/catalog-10000.json")).toBeNull();
    expect(takeEarlyResponse(EARLY_CATALOG_URL)).toBe(response);
    expect(takeEarlyResponse(EARLY_CATALOG_URL)).toBeNull(); // a retry fetches anew
  });

  it("is absent without the script (the single-file build, development)", () => {
    expect(takeEarlyResponse(EARLY_CATALOG_URL)).toBeNull();
  });
});
