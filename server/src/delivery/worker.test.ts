/**
 * A burst to one endpoint: its deliveries wait in the worker for the endpoint's share of slots, and the worker leases
 * no more of them than fit (the Deliverer's lanes). Before, it leased whatever was due and handed the excess back,
 * to lease it again later: a lease, a check and a reschedule per job handed back.
 */
import { afterEach, beforeEach, expect, test } from "bun:test";
import { randomBytes } from "node:crypto";
import { systemClock } from "../clock.ts";
import { createOrganizationWithOwnerKey } from "../domain/api-keys.ts";
import type { Actor } from "../domain/context.ts";
import { createIncident } from "../domain/incidents.ts";
import { createWebhook } from "../domain/webhooks.ts";
import { createLogger } from "../log.ts";
import { QueueWorker } from "../queue/worker.ts";
import { SecretBox } from "../secrets/secret-box.ts";
import { openSqliteStore } from "../store/sqlite/store.ts";
import type { Store } from "../store/types.ts";
import { WebhookFanout } from "./fanout.ts";
import { Deliverer } from "./worker.ts";

let store: Store;
let receiver: ReturnType<typeof Bun.serve>;
let inFlight = 0;
let mostInFlight = 0;
beforeEach(() => {
  store = openSqliteStore(":memory:");
  receiver = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch() {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await Bun.sleep(5);
      inFlight--;
      return new Response("ok");
    },
  });
});
afterEach(() => {
  receiver.stop(true);
  store.close();
});

test("a burst of 300 deliveries to one endpoint: each is leased once (none handed back), at most its share sent at once", async () => {
  const clock = systemClock;
  const box = SecretBox.fromKey(randomBytes(32));
  const attempt = { timeoutMs: 5000, allowLoopback: true };
  const { organization } = await createOrganizationWithOwnerKey({ store, clock }, "Acme");
  const actor: Actor = { orgId: organization.id, source: "api", causedBy: null };
  await createWebhook({ store, clock, box, delivery: attempt }, actor, { url: `http://127.0.0.1:${receiver.port}/hook`, events: ["incident.created"] });
  for (let i = 0; i < 300; i++) await createIncident({ store, clock }, actor, { title: `burst ${i}`, severity: "major" } as never);
  const fanout = new WebhookFanout(clock);
  while ((await store.transaction((tx) => fanout.drain(tx))).more);

  const leaseJobs = store.leaseJobs.bind(store);
  let leased = 0;
  store.leaseJobs = async (...args) => {
    const jobs = await leaseJobs(...args);
    leased += jobs.length;
    return jobs;
  };
  const deliverer = new Deliverer({ store, clock, box, attempt, schedule: [1000] });
  const worker = new QueueWorker({
    name: "deliveries",
    store,
    clock,
    logger: createLogger("silent"),
    handlers: { "webhook.deliver": (lease) => deliverer.handle(lease) },
    lanes: () => deliverer.lanes(),
    maxInFlight: 128,
  });
  worker.start();
  try {
    const end = Date.now() + 20_000;
    while ((await store.jobs.count(["webhook.deliver"])) > 0 && Date.now() < end) await Bun.sleep(20);
  } finally {
    await worker.stop();
  }
  const [hook] = await store.webhooks.active(organization.id);
  const deliveries = await store.deliveries.list(organization.id, hook!.id, "succeeded", { limit: 500 });
  expect(deliveries.items).toHaveLength(300);
  // 128 slots, the endpoint's share 16 sending and 48 waiting: leasing by due time alone took 128, handed 64 back.
  expect(leased).toBe(300);
  expect(mostInFlight).toBeLessThanOrEqual(16);
});
