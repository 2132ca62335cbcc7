import { describe, expect, test } from "bun:test";
import { isLoopback, isPublicAddress } from "./ip-ranges.ts";

describe("isPublicAddress", () => {
  test.each([
    // IPv4: ordinary public addresses, including ones just outside the denied ranges
    ["8.8.8.8", true],
    ["1.1.1.1", true],
    ["93.184.215.14", true],
    ["9.255.255.255", true],
    ["11.0.0.0", true],
    ["100.63.255.255", true],
    ["100.128.0.0", true],
    ["126.255.255.255", true],
    ["128.0.0.0", true],
    ["169.253.255.255", true],
    ["172.15.255.255", true],
    ["172.32.0.0", true],
    ["192.0.1.1", true],
    ["192.167.255.255", true],
    ["192.169.0.0", true],
    ["198.17.255.255", true],
    ["198.20.0.0", true],
    ["223.255.255.255", true],
    // IPv4: the deny-list
    ["0.0.0.0", false],
    ["0.1.2.3", false],
    ["10.0.0.1", false],
    ["10.255.255.255", false],
    ["100.64.0.1", false],
    ["100.127.255.255", false],
    ["127.0.0.1", false],
    ["127.255.255.254", false],
    ["169.254.169.254", false],
    ["172.16.0.1", false],
    ["172.31.255.255", false],
    ["192.0.0.8", false],
    ["192.0.2.1", false],
    ["192.88.99.1", false],
    ["192.168.1.1", false],
    ["198.18.0.1", false],
    ["198.19.255.255", false],
    ["198.51.100.7", false],
    ["203.0.113.9", false],
    ["224.0.0.1", false],
    ["239.255.255.255", false],
    ["240.0.0.1", false],
    ["255.255.255.255", false],
    // IPv6: public
    ["2606:4700:4700::1111", true],
    ["2001:4860:4860::8888", true],
    ["2a00:1450:4001:81c::200e", true],
    // IPv6: the deny-list
    ["::1", false],
    ["0:0:0:0:0:0:0:1", false],
    ["::", false],
    ["fe80::1", false],
    ["fe80::1%eth0", false],
    ["febf:ffff::1", false],
    ["fc00::1", false],
    ["fd12:3456:789a::1", false],
    ["ff02::1", false],
    ["2001:db8::1", false],
    ["2001:db8:ffff::1", false],
    ["100::1", false],
    ["3fff::1", false],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", false], // Teredo
    ["5f00::1", false], // SRv6 SIDs, outside global unicast
    // IPv4-mapped IPv6, dotted and hex forms: judged by the IPv4 address
    ["::ffff:127.0.0.1", false],
    ["::ffff:7f00:1", false],
    ["0:0:0:0:0:ffff:7f00:1", false],
    ["::ffff:169.254.169.254", false],
    ["::ffff:a9fe:a9fe", false],
    ["::ffff:10.0.0.1", false],
    ["::ffff:8.8.8.8", true],
    ["::ffff:808:808", true],
    // IPv4-compatible (deprecated) is never a public receiver
    ["::127.0.0.1", false],
    ["::8.8.8.8", false],
    // NAT64: the gateway dials the embedded IPv4 address
    ["64:ff9b::8.8.8.8", true],
    ["64:ff9b::808:808", true],
    ["64:ff9b::127.0.0.1", false],
    ["64:ff9b::a9fe:a9fe", false],
    ["64:ff9b:1::808:808", false], // local-use NAT64, operator-defined
    // 6to4: tunnels to the IPv4 address in bits 16..48
    ["2002:808:808::1", true],
    ["2002:7f00:1::1", false],
    ["2002:a9fe:a9fe::", false],
    ["2002:c0a8:101::1", false],
    // Deep inside, and just outside, the /20 and /28 ranges (bits past the first group count), and a zero second
    // group next to a range whose second group is zero
    ["3fff:fff::1", false],
    ["3fff:1000::1", true],
    ["2001:1f:ffff::1", false], // ORCHID 2001:10::/28
    ["2001:2f:ffff::1", false], // ORCHIDv2 2001:20::/28
    ["2001:30::1", true],
    ["2001:db9::1", true],
    ["2600::1", true],
    ["2606:4700:4700:1:2:3::1111", true], // "::" standing for one group
    // ffff in the sixth group of an address that is not IPv4-mapped: ordinary IPv6, judged as such
    ["fd00::ffff:808:808", false],
    ["fe80::ffff:808:808", false],
    ["fc00::ffff:8.8.8.8", false],
    ["2606:4700::ffff:7f00:1", true],
    // Only 64:ff9b:0:0:0:0::/96 carries an IPv4 address; look-alikes are judged as ordinary IPv6
    ["64::808:808", false],
    ["fe80:ff9b::808:808", false],
    ["2606:ff9b::7f00:1", true],
    ["2606:ff9b:1::1", true],
    ["2606:4700:1::1", true],
    // Not canonical literals: fail closed rather than guess what a resolver would do
    ["127.1", false],
    ["0177.0.0.1", false],
    ["0x7f.0.0.1", false],
    ["2130706433", false],
    ["[::1]", false],
    ["[2606:4700:4700::1111]", false],
    ["example.com", false],
    ["", false],
    ["8.8.8.8 ", false],
  ] as const)("%p -> %p", (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe("isLoopback", () => {
  test.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:7f00:1", true],
    ["::ffff:7f12:3456", true],
    ["128.0.0.1", false],
    ["126.255.255.255", false],
    ["0.0.0.0", false],
    ["::", false],
    ["::2", false],
    ["::ffff:10.0.0.1", false],
    ["::127.0.0.1", false],
    ["localhost", false],
    ["[::1]", false],
    ["8.8.8.8", false],
  ] as const)("%p -> %p", (ip, expected) => {
    expect(isLoopback(ip)).toBe(expected);
  });
});
