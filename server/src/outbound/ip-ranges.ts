/**
 * Which IP addresses outbound webhooks may connect to. Pure. The deny-list is the Svix server's
 * (webhook_http_client.rs): private, loopback, link-local (cloud metadata), CGNAT, documentation, benchmarking,
 * multicast, reserved and the IPv6 equivalents. IPv6 addresses that carry an IPv4 address (mapped `::ffff:a.b.c.d`,
 * NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by that IPv4 address, so `::ffff:7f00:1` is loopback.
 *
 * Input must be a canonical literal that node:net `isIP` accepts; anything else (`127.1`, `0x7f.0.0.1`, `[::1]`,
 * a hostname) is not public. Failing closed is the point: the WHATWG URL parser already normalises the odd IPv4
 * notations in URLs, and the resolver returns canonical text.
 */
import { isIP } from "node:net";

type V4Range = readonly [base: number, prefix: number];

/** A range in CIDR notation, e.g. `10.0.0.0/8`. */
function v4(cidr: string): V4Range {
  const [dotted, prefix] = cidr.split("/");
  return [parseV4(dotted!)!, Number(prefix)];
}

/** IPv4 ranges that are never a public webhook receiver. */
const V4_DENY: readonly V4Range[] = [
  v4("0.0.0.0/8"), // "this network"
  v4("10.0.0.0/8"), // private
  v4("100.64.0.0/10"), // carrier-grade NAT
  v4("127.0.0.0/8"), // loopback
  v4("169.254.0.0/16"), // link-local, including the 169.254.169.254 metadata service
  v4("172.16.0.0/12"), // private
  v4("192.0.0.0/24"), // IETF protocol assignments
  v4("192.0.2.0/24"), // TEST-NET-1
  v4("192.88.99.0/24"), // 6to4 relay anycast (deprecated)
  v4("192.168.0.0/16"), // private
  v4("198.18.0.0/15"), // benchmarking
  v4("198.51.100.0/24"), // TEST-NET-2
  v4("203.0.113.0/24"), // TEST-NET-3
  v4("224.0.0.0/4"), // multicast
  v4("240.0.0.0/4"), // reserved (class E), includes 255.255.255.255 broadcast
];

/** An IPv6 prefix as its 128-bit base plus a prefix length. */
type V6Range = readonly [base: bigint, prefix: number];

/** A range in CIDR notation, e.g. `2001:db8::/32`. */
function v6(cidr: string): V6Range {
  const [text, prefix] = cidr.split("/");
  return [v6Value(parseV6(text!)!), Number(prefix)];
}

/**
 * IPv6 ranges that are never public, inside the global unicast block 2000::/3. Everything outside 2000::/3
 * (::1, ::, fe80::/10, fc00::/7, ff00::/8, 100::/64 discard, 5f00::/16 SRv6, the local-use NAT64 prefix
 * 64:ff9b:1::/48 whose mapping is operator-defined, unallocated space) is refused by the allow-check in
 * {@link isPublicAddress}; the embedded-IPv4 forms it lets through are handled before it.
 */
const V6_DENY_IN_GLOBAL: readonly V6Range[] = [
  v6("2001::/32"), // Teredo: tunnels to an obfuscated IPv4 address we cannot vet
  v6("2001:2::/48"), // benchmarking
  v6("2001:10::/28"), // ORCHID (deprecated)
  v6("2001:20::/28"), // ORCHIDv2
  v6("2001:db8::/32"), // documentation
  v6("3fff::/20"), // documentation (RFC 9637)
];

/** True when `ip` is a literal IPv4/IPv6 address that is globally routable, i.e. a legitimate webhook target. */
export function isPublicAddress(ip: string): boolean {
  const addr = parse(ip);
  if (addr === null) return false;
  if (addr.kind === 4) return isPublicV4(addr.value);
  const g = addr.groups;
  const embedded = embeddedV4(g);
  if (embedded !== undefined) return isPublicV4(embedded);
  // Global unicast is 2000::/3; nothing outside it can be a public receiver.
  if ((g[0]! & 0xe000) !== 0x2000) return false;
  const value = v6Value(g);
  return !V6_DENY_IN_GLOBAL.some(([base, prefix]) => inV6(value, base, prefix));
}

/** True for 127.0.0.0/8, ::1, and IPv4 loopback written as IPv4-mapped IPv6. Only literals; not `localhost`. */
export function isLoopback(ip: string): boolean {
  const addr = parse(ip);
  if (addr === null) return false;
  if (addr.kind === 4) return addr.value >>> 24 === 127;
  const g = addr.groups;
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true;
  return isMapped(g) && g[6]! >>> 8 === 127;
}

function isPublicV4(value: number): boolean {
  return !V4_DENY.some(([base, prefix]) => inV4(value, base, prefix));
}

/**
 * The IPv4 address an IPv6 address stands for (IPv4-mapped, well-known NAT64, 6to4), or undefined when the address
 * is ordinary IPv6. Local-use NAT64, 64:ff9b:1::/48 (RFC 8215), maps to IPv4 by rules its operator defines and we
 * cannot vet; it needs no case here because it is outside 2000::/3 and so refused as ordinary IPv6.
 */
function embeddedV4(g: readonly number[]): number | undefined {
  const low32 = ((g[6]! << 16) | g[7]!) >>> 0;
  if (isMapped(g)) return low32;
  // NAT64 well-known prefix 64:ff9b::/96: the gateway connects to the embedded IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return low32;
  // 6to4 2002:AABB:CCDD::/48 tunnels to AA.BB.CC.DD.
  if (g[0] === 0x2002) return ((g[1]! << 16) | g[2]!) >>> 0;
  return undefined;
}

/** ::ffff:0:0/96. The deprecated IPv4-compatible form ::a.b.c.d falls outside 2000::/3 and is refused. */
function isMapped(g: readonly number[]): boolean {
  return g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
}

type Parsed = { kind: 4; value: number } | { kind: 6; groups: number[] };

function parse(ip: string): Parsed | null {
  switch (isIP(ip)) {
    case 4: {
      const value = parseV4(ip);
      return value === null ? null : { kind: 4, value };
    }
    case 6: {
      const groups = parseV6(ip);
      return groups === null ? null : { kind: 6, groups };
    }
    default:
      return null;
  }
}

function parseV4(s: string): number | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** Eight 16-bit groups. Accepts `::` compression, a dotted IPv4 tail, and drops a `%zone` suffix. */
function parseV6(s: string): number[] | null {
  let text = s.split("%")[0]!;
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".", lastColon)) {
    // Rewrite a dotted tail as two hex groups: "::ffff:127.0.0.1" -> "::ffff:7f00:1".
    const value = parseV4(text.slice(lastColon + 1));
    if (value === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (h: string): number[] | null => {
    if (h === "") return [];
    const parts = h.split(":");
    return parts.every((x) => /^[0-9a-fA-F]{1,4}$/.test(x)) ? parts.map((x) => parseInt(x, 16)) : null;
  };
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (head === null || rest === null) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - rest.length;
  return missing < 1 ? null : [...head, ...Array<number>(missing).fill(0), ...rest];
}

function inV4(value: number, base: number, prefix: number): boolean {
  const shift = 32 - prefix;
  return Math.floor(value / 2 ** shift) === Math.floor(base / 2 ** shift);
}

/** The eight 16-bit groups as one 128-bit number. */
function v6Value(g: readonly number[]): bigint {
  return g.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function inV6(value: bigint, base: bigint, prefix: number): boolean {
  const shift = BigInt(128 - prefix);
  return value >> shift === base >> shift;
}
