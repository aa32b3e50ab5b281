import { describe, expect, it } from "vitest";
import { type ByteReader, inSlices } from "./byte-slices.ts";

function readerOf(chunks: Uint8Array[]): ByteReader & { cancelled: unknown[] } {
  const queue = [...chunks];
  const cancelled: unknown[] = [];
  return {
    cancelled,
    read: async () => {
      const value = queue.shift();
      return value === undefined ? { done: true, value: undefined } : { done: false, value };
    },
    cancel: async (reason) => {
      cancelled.push(reason);
    },
  };
}

async function readAll(reader: ByteReader): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (;;) {
    const next = await reader.read();
    if (next.done) return out;
    out.push(next.value);
  }
}

const bytes = (length: number, from = 0) => Uint8Array.from({ length }, (_, i) => (from + i) % 256);

describe("inSlices", () => {
  it("cuts a large chunk into slices of at most the given size, in order, losing nothing", async () => {
    const slices = await readAll(inSlices(readerOf([bytes(10), bytes(3, 10), bytes(7, 13)]), 4));
    expect(slices.map((s) => s.byteLength)).toEqual([4, 4, 2, 3, 4, 3]);
    expect(Array.from(slices.flatMap((s) => Array.from(s)))).toEqual(Array.from(bytes(20)));
  });

  it("says how many bytes it holds", async () => {
    const sliced = inSlices(readerOf([bytes(10), bytes(2)]), 4);
    expect(sliced.held).toBe(0);
    await sliced.read();
    expect(sliced.held).toBe(6);
    await sliced.read();
    await sliced.read();
    expect(sliced.held).toBe(0);
    await sliced.read();
    expect(sliced.held).toBe(0);
  });

  it("passes small chunks through as they are", async () => {
    const chunk = bytes(4);
    const [first] = await readAll(inSlices(readerOf([chunk]), 4));
    expect(first).toBe(chunk);
  });

  it("does not read the source again before a held chunk is handed out", async () => {
    const source = readerOf([bytes(9), bytes(1)]);
    let reads = 0;
    const counted: ByteReader = {
      ...source,
      read: () => {
        reads++;
        return source.read();
      },
    };
    const sliced = inSlices(counted, 4);
    await sliced.read();
    await sliced.read();
    await sliced.read();
    expect(reads).toBe(1);
  });

  it("cancels the source, with its reason, and drops what it held", async () => {
    const source = readerOf([bytes(9)]);
    const sliced = inSlices(source, 4);
    await sliced.read();
    await sliced.cancel("stop");
    expect(source.cancelled).toEqual(["stop"]);
    expect(await sliced.read()).toEqual({ done: true, value: undefined });
  });

  it("refuses a slice size that is not positive", () => {
    expect(() => inSlices(readerOf([]), 0)).toThrow(RangeError);
    expect(() => inSlices(readerOf([]), Number.NaN)).toThrow(RangeError);
  });
});
