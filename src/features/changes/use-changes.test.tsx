// @vitest-environment happy-dom
import { renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { realCatalog } from "../../catalog/test-catalog";
import { useChanges } from "./use-changes";

const catalog = { ...realCatalog, changes: [] };
const changesFile = () => new Response(JSON.stringify({ changes: realCatalog.changes }));

afterEach(() => vi.unstubAllGlobals());

describe("useChanges", () => {
  it("fetches changes.json once wanted, and not before", async () => {
    const fetch = vi.fn(async () => changesFile());
    vi.stubGlobal("fetch", fetch);
    const { result, rerender } = renderHook(({ wanted }) => useChanges(catalog, wanted), {
      initialProps: { wanted: false },
    });
    expect(fetch).not.toHaveBeenCalled();
    rerender({ wanted: true });
    await waitFor(() => expect(result.current).toHaveLength(realCatalog.changes.length));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("asks again when `askAgain` changes after a failed fetch, and only then", async () => {
    const fetch = vi.fn(async () => new Response("down", { status: 503 }));
    vi.stubGlobal("fetch", fetch);
    const { result, rerender } = renderHook(({ again }) => useChanges(catalog, true, again), {
      initialProps: { again: null as string | null },
    });
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(result.current).toEqual([]);
    rerender({ again: null });
    fetch.mockImplementation(async () => changesFile());
    rerender({ again: "AppServices_CurlToDisk" });
    await waitFor(() => expect(result.current).toHaveLength(realCatalog.changes.length));
    expect(fetch).toHaveBeenCalledTimes(2);
    // In: a new value asks for nothing more.
    rerender({ again: "AppServices_EICAR" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("uses the log inside the catalog (the single file) without fetching", () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const { result } = renderHook(() => useChanges(realCatalog, true));
    expect(result.current).toBe(realCatalog.changes);
    expect(fetch).not.toHaveBeenCalled();
  });
});
