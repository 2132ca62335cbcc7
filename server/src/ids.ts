/**
 * Resource ids: a type prefix and a ULID (time-ordered, so lists can page by id and new rows sort last).
 * The monotonic factory keeps ids created in the same millisecond in creation order.
 */
import { monotonicFactory } from "ulid";

const next = monotonicFactory();

export type IdPrefix = "org" | "key" | "mem" | "svc" | "inc" | "upd" | "evt" | "req" | "whk" | "dlv" | "wfl" | "run" | "evl" | "chn" | "alt" | "esp" | "esc" | "hbt" | "hbp" | "erl" | "int" | "pif" | "pit" | "fup" | "pin" | "mon" | "chk" | "mnt";

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${next()}`;
}
