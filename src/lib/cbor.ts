/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: definite-length arrays,
 * integers, text and byte strings, booleans and null. Encoding writes the shortest form of
 * every head, as Pagefind's encoder does, so a decoded file encodes to the same bytes.
 */

export type CborValue = number | string | Uint8Array | boolean | null | CborValue[];

export class CborError extends Error {
  override name = 'CborError';
}

/** Decodes one CBOR item that fills `bytes`. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;

  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (size === undefined) throw new CborError(`unsupported length ${String(info)} at byte ${String(at)}`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };

  const item = (): CborValue => {
    if (at >= bytes.length) throw new CborError('unexpected end of data');
    const initial = view.getUint8(at);
    at += 1;
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2:
      case 3: {
        const length = argument(info);
        const slice = bytes.subarray(at, at + length);
        at += length;
        return major === 2 ? slice : text.decode(slice);
      }
      case 4:
        return Array.from({ length: argument(info) }, item);
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
    }
    throw new CborError(`unsupported item 0x${initial.toString(16)} at byte ${String(at - 1)}`);
  };

  const value = item();
  if (at !== bytes.length) throw new CborError(`${String(bytes.length - at)} bytes after the item`);
  return value;
}

/** Encodes `value` with the shortest head for every item. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const utf8 = new TextEncoder();

  const head = (major: number, n: number) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new CborError(`cannot encode ${String(n)}`);
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else {
      out.push((major << 5) | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((BigInt(n) >> shift) & 0xffn));
    }
  };

  const item = (v: CborValue) => {
    if (typeof v === 'number') {
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const encoded = utf8.encode(v);
      head(3, encoded.length);
      for (const byte of encoded) out.push(byte);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const byte of v) out.push(byte);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else if (typeof v === 'boolean') out.push(v ? 0xf5 : 0xf4);
    else out.push(0xf6);
  };

  item(value);
  return Uint8Array.from(out);
}
