// @vitest-environment happy-dom
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CatalogResult } from "../catalog/load-catalog";
import { realCatalog } from "../catalog/test-catalog";
import { useCatalog } from "./use-catalog";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A fetch that answers with `status` and the real catalog, recording the cache mode asked for. */
function stubFetch(status = 200) {
  const asked: (RequestCache | undefined)[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init?: RequestInit) => {
      asked.push(init?.cache);
      return new Response(JSON.stringify(realCatalog), { status });
    }),
  );
  return asked;
}
afterEach(() => vi.unstubAllGlobals());

describe("useCatalog", () => {
  it("takes the catalog main.tsx started, without fetching it again", async () => {
    const asked = stubFetch();
    const started: Promise<CatalogResult> = Promise.resolve({ ok: true, catalog: realCatalog });
    const { result } = renderHook(() => useCatalog(started));
    expect(result.current[0].status).toBe("loading");
    await waitFor(() => expect(result.current[0].status).toBe("ready"));
    expect(asked).toEqual([]);
  });

  it("shows a catalog already read at once", () => {
    stubFetch();
    const { result } = renderHook(() => useCatalog({ ok: true, catalog: realCatalog }));
    expect(result.current[0]).toEqual({ status: "ready", catalog: realCatalog });
  });

  it("on Retry, asks the server itself past every cache, and says when", async () => {
    const asked = stubFetch(404);
    const { result } = renderHook(() =>
      useCatalog(Promise.resolve({ ok: false, problem: { kind: "network" } })),
    );
    await waitFor(() => expect(result.current[0].status).toBe("error"));
    act(() => result.current[1]());
    await waitFor(() =>
      expect(result.current[0]).toMatchObject({ status: "error", problem: { kind: "missing" } }),
    );
    expect(asked).toEqual(["reload"]);
    expect(result.current[0].status === "error" && result.current[0].checkedAt).toBeInstanceOf(Date);
  });
});
