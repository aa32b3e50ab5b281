/**
 * A body reader that hands out at most `maxBytes` at a time. Chromium gives a stream reader every
 * byte it holds at once: a catalog downloading while the app's code loads comes as one chunk of
 * megabytes, whose decoding alone would hold the main thread for tens of milliseconds before the
 * first alerts could be shown. Slices keep each step short, and leave undecoded what is not yet
 * needed. Read it one read at a time (await each), as a stream reader is used.
 */
export interface ByteReader {
  read(): Promise<ReadableStreamReadResult<Uint8Array>>;
  cancel(reason?: unknown): Promise<void>;
}

export interface SlicedReader extends ByteReader {
  /** Bytes already read from the source and not yet handed out: the body in hand. */
  readonly held: number;
}

export function inSlices(source: ByteReader, maxBytes: number): SlicedReader {
  if (!(maxBytes > 0)) throw new RangeError(`slice size must be positive, not ${maxBytes}`);
  let held: Uint8Array | null = null;
  let offset = 0;
  return {
    get held() {
      return held === null ? 0 : held.byteLength - offset;
    },
    async read() {
      if (held === null) {
        const next = await source.read();
        if (next.done || next.value.byteLength <= maxBytes) return next;
        held = next.value;
        offset = 0;
      }
      const slice: Uint8Array = held.subarray(offset, offset + maxBytes);
      offset += slice.byteLength;
      if (offset >= held.byteLength) held = null;
      return { done: false, value: slice };
    },
    cancel(reason) {
      held = null;
      return source.cancel(reason);
    },
  };
}
