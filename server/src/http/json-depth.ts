/**
 * How deep a JSON body nests, found by scanning its text before anything parses it. JSON.parse, zod and our own
 * walkers all recurse, and a body of 50,000 `[` fits easily in the size limit but overflows the stack (a 500).
 * This scan is a loop with a counter, so it cannot overflow, and it costs one pass over the bytes.
 */
import { pointer } from "./problem.ts";

/** Objects and arrays nest at most this deep in a request body; the body itself is level 1 (openapi.yaml, Errors). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;

/**
 * null when `raw` nests at most `max` levels of objects and arrays (brackets inside strings do not count);
 * otherwise the JSON pointer of the first object or array past the limit. Malformed text is left to JSON.parse.
 */
export function tooDeepAt(raw: string, max: number = MAX_JSON_DEPTH): string | null {
  // Nesting past `max` takes more than `max` opening brackets.
  if (raw.length <= max) return null;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return pointerTo(raw, i);
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return null;
}

/** The pointer of the value starting at `end`, from a second scan that tracks keys and indexes (only on refusal). */
function pointerTo(raw: string, end: number): string {
  const frames: { array: boolean; index: number; key: string; expectKey: boolean }[] = [];
  for (let i = 0; i < end; i++) {
    const c = raw.charCodeAt(i);
    const top = frames[frames.length - 1];
    if (c === QUOTE) {
      const start = i;
      for (i++; i < end && raw.charCodeAt(i) !== QUOTE; i++) if (raw.charCodeAt(i) === BACKSLASH) i++;
      if (top && !top.array && top.expectKey) {
        top.key = decodeKey(raw.slice(start, i + 1));
        top.expectKey = false;
      }
    } else if (c === OPEN_OBJECT) frames.push({ array: false, index: 0, key: "", expectKey: true });
    else if (c === OPEN_ARRAY) frames.push({ array: true, index: 0, key: "", expectKey: false });
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) frames.pop();
    else if (c === COMMA && top) {
      if (top.array) top.index++;
      else top.expectKey = true;
    }
  }
  return pointer(frames.map((f) => (f.array ? f.index : f.key)));
}

function decodeKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}
