import { expect, test } from "bun:test";
import { fromBase64, rawBody, toBase64, toHex } from "./encoding.ts";

test("toHex is lowercase and zero-padded; toBase64 is padded", () => {
  expect(toHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe("00010f10abff");
  expect(toBase64(new Uint8Array([0xfb, 0xff]))).toBe("+/8=");
});

test("fromBase64 accepts padded and unpadded input and refuses anything else", () => {
  expect(fromBase64("+/8=")).toEqual(new Uint8Array([0xfb, 0xff]));
  expect(fromBase64("+/8")).toEqual(new Uint8Array([0xfb, 0xff]));
  expect(fromBase64("")).toEqual(new Uint8Array([]));
  for (const bad of ["a", "ab=", "a===", "ab=c", "-_8=", "ab cd", "é"]) expect(fromBase64(bad)).toBeUndefined();
});

test("rawBody keeps byteOffset of views and reads other-realm-safe ArrayBuffers", () => {
  const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
  const view = new DataView(backing.buffer, 2, 3);
  expect(rawBody(view)).toEqual(new Uint8Array([1, 2, 3]));
  expect(rawBody(backing.subarray(2, 5))).toEqual(new Uint8Array([1, 2, 3]));
  expect(rawBody(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]));
  expect(rawBody("é")).toBe("é");
});
