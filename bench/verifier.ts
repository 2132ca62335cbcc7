/**
 * `bun bench/verifier.ts`: verifications per second for @tripwire/webhook-verifier next to the libraries
 * consumers would otherwise use, on the same ~1.5 KB Tripwire event, in one process.
 *
 *   verify + parse (Standard Webhooks headers, the JSON body parsed into the event):
 *     ours node:crypto   verifyWebhook() from the package as Bun resolves it (the `bun` condition)
 *     ours web-crypto    verifyWebhook() from @tripwire/webhook-verifier/web (crypto.subtle, CryptoKey cached)
 *     standardwebhooks   new Webhook(secret).verify(payload, headers), instance reused (pure-JS SHA-256)
 *   body-only hex signature (X-Tripwire-Signature / GitHub format, no parsing):
 *     ours node:crypto / ours web-crypto   verifySignature()
 *     @octokit/webhooks-methods            verify(secret, payload, "sha256=…")
 *
 * Each case runs one call at a time (await in a loop), a short warm-up and then ROUNDS timed slices of
 * SLICE_MS, interleaved across cases so drift hits all alike; the median slice is reported. Bounded (about 5 s)
 * and it never asserts: figures move ±10% between runs, so compare ratios within one run.
 */
import { verify as octokitVerify } from "@octokit/webhooks-methods";
import * as ours from "@tripwire/webhook-verifier";
import * as oursWeb from "@tripwire/webhook-verifier/web";
import { Webhook } from "standardwebhooks";

const ROUNDS = 3;
const SLICE_MS = 250;
const WARMUP_MS = 100;

const SECRET = "whsec_" + Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");

// ~1.5 KB, shaped like a real incident.created delivery.
const payload = JSON.stringify({
  id: "evt_01JBENCHMARK0000000000000",
  event: "incident.created",
  timestamp: new Date().toISOString(),
  data: {
    incident: {
      id: "inc_01JBENCH",
      title: "Checkout API p99 latency above SLO",
      severity: "sev2",
      status: "triggered",
      service: { id: "svc_checkout", name: "checkout-api", team: "payments" },
      summary: "p99 latency 2.4 s over 10 min (SLO 800 ms). ".repeat(24),
      labels: { region: "eu-west-1", cluster: "prod-3", tier: "1" },
      links: [{ rel: "runbook", href: "https://runbooks.example.com/checkout/latency" }],
    },
  },
});

const headers = await ours.generateTestHeaders({ payload, secret: SECRET });
const hexHeaders = { "x-tripwire-signature": headers["x-tripwire-signature"] };
const octokitSignature = `sha256=${headers["x-tripwire-signature"]}`;
const standard = new Webhook(SECRET);

type Case = { name: string; group: "parse" | "hex"; run: () => Promise<unknown> | unknown; ok: () => Promise<boolean> };

const cases: Case[] = [
  {
    name: "ours node:crypto",
    group: "parse",
    run: () => ours.verifyWebhook({ payload, headers, secret: SECRET }),
    ok: async () => (await ours.verifyWebhook({ payload, headers, secret: SECRET })).id === "evt_01JBENCHMARK0000000000000",
  },
  {
    name: "ours web-crypto",
    group: "parse",
    run: () => oursWeb.verifyWebhook({ payload, headers, secret: SECRET }),
    ok: async () => (await oursWeb.verifyWebhook({ payload, headers, secret: SECRET })).id === "evt_01JBENCHMARK0000000000000",
  },
  {
    name: "standardwebhooks",
    group: "parse",
    run: () => standard.verify(payload, headers),
    ok: async () => (standard.verify(payload, headers) as { id?: string }).id === "evt_01JBENCHMARK0000000000000",
  },
  {
    name: "ours node:crypto",
    group: "hex",
    run: () => ours.verifySignature({ payload, headers: hexHeaders, secret: SECRET }),
    ok: () => ours.verifySignature({ payload, headers: hexHeaders, secret: SECRET }),
  },
  {
    name: "ours web-crypto",
    group: "hex",
    run: () => oursWeb.verifySignature({ payload, headers: hexHeaders, secret: SECRET }),
    ok: () => oursWeb.verifySignature({ payload, headers: hexHeaders, secret: SECRET }),
  },
  {
    name: "@octokit/webhooks-methods",
    group: "hex",
    run: () => octokitVerify(SECRET, payload, octokitSignature),
    ok: () => octokitVerify(SECRET, payload, octokitSignature),
  },
];

/** Calls per second over one slice of `ms`. */
async function slice(c: Case, ms: number): Promise<number> {
  let n = 0;
  const start = performance.now();
  const end = start + ms;
  let t = start;
  while (t < end) {
    // Check the clock every 64 calls: performance.now() is cheap but not free next to a 3 µs HMAC.
    for (let i = 0; i < 64; i++) await c.run();
    n += 64;
    t = performance.now();
  }
  return (n * 1000) / (t - start);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US").padStart(11);

console.log(`@tripwire/webhook-verifier bench — Bun ${Bun.version}, ${payload.length}-byte payload, ${ROUNDS}×${SLICE_MS} ms per case`);
console.log(`backends: package default = ${ours.cryptoBackend}, /web = ${oursWeb.cryptoBackend}\n`);

const valid = new Map<Case, boolean>();
for (const c of cases) {
  valid.set(c, await c.ok().catch(() => false));
  await slice(c, WARMUP_MS);
}

const samples = new Map<Case, number[]>(cases.map((c) => [c, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) samples.get(c)?.push(await slice(c, SLICE_MS));
}
const rate = (c: Case | undefined) => (c ? median(samples.get(c) ?? []) : 0);

for (const [group, title] of [["parse", "verify + parse (Standard Webhooks headers)"], ["hex", "body-only hex signature"]] as const) {
  console.log(title);
  for (const c of cases.filter((x) => x.group === group)) {
    const warn = valid.get(c) ? "" : "   (did not verify: figure is meaningless)";
    console.log(`  ${c.name.padEnd(27)}${fmt(rate(c))} verifications/s${warn}`);
  }
  console.log("");
}

const find = (name: string, group: Case["group"]) => cases.find((c) => c.name === name && c.group === group);
const ratio = (a: Case | undefined, b: Case | undefined) => (rate(a) / rate(b)).toFixed(2) + "×";
console.log("ratios");
console.log(`  ours-node / standardwebhooks    ${ratio(find("ours node:crypto", "parse"), find("standardwebhooks", "parse"))}   (target ≥ 3×)`);
console.log(`  ours-web  / standardwebhooks    ${ratio(find("ours web-crypto", "parse"), find("standardwebhooks", "parse"))}`);
console.log(`  ours-node / ours-web            ${ratio(find("ours node:crypto", "parse"), find("ours web-crypto", "parse"))}`);
console.log(`  ours-node / octokit (hex)       ${ratio(find("ours node:crypto", "hex"), find("@octokit/webhooks-methods", "hex"))}`);
