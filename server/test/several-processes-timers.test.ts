/**
 * Timers across several server processes on one PostgreSQL database (#17: "exactly one firing across processes for
 * every … escalation level and auto-publish timer"), with one process SIGKILLed and started again while they fire.
 * A workflow on `incident.created` pages an escalation policy of two fast levels (0.02 min apart) and opens a
 * workflow incident; the organization is in draft mode with auto-publish at once, so each of those is a draft that an
 * `incident.auto_publish` job publishes. Afterwards: every escalation reached each level exactly once and recorded
 * one notification per level, every draft was published exactly once (one `incident.published` event), emails
 * repeated only for levels the killed process was sending, and no process lost a lease it held. Alongside, 20 uptime
 * monitors check a loopback target every second: no slot is checked twice (recorded or sent, but for the killed
 * process's check in flight), and every monitor keeps being checked across the kill.
 *
 * PostgreSQL only, like several-processes.test.ts. TRIPWIRE_TIMER_INCIDENTS sets the number of incidents (150).
 */
import { afterAll, expect, test } from "bun:test";
import { startSmtpSink } from "../src/notify/test-servers.ts";
import { startCluster } from "./cluster.ts";
import { apiClient, onPostgres } from "./harness.ts";
import { waitUntil } from "./spawn.ts";

const INCIDENTS = Number(process.env.TRIPWIRE_TIMER_INCIDENTS || 150);
const LEASE_MS = 6000;
/** What one process's escalation worker holds at most (server.ts: maxInFlight): the killed one's possible repeats. */
const ESCALATIONS_IN_FLIGHT = 16;
const MONITORS = 20;

if (!onPostgres) {
  test.skip("escalation levels and auto-publish timers across 3 processes — skipped: PostgreSQL only, it runs in the PostgreSQL pass (TRIPWIRE_TEST_STORE=postgres)", () => {});
} else {
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
  // The monitors' target: when each monitor's probe arrived (by ?m=).
  const probes = new Map<string, number[]>();
  const target = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch(req) {
      const m = new URL(req.url).searchParams.get("m") ?? "?";
      probes.set(m, [...(probes.get(m) ?? []), Date.now()]);
      return new Response("ok");
    },
  });
  afterAll(async () => {
    target.stop(true);
    await cluster?.stop();
    await smtp?.stop();
  });

  test(`3 processes, one SIGKILLed and restarted: ${INCIDENTS} escalations reach each level once, ${INCIDENTS} drafts published once`, async () => {
    smtp = await startSmtpSink();
    cluster = await startCluster(3, {
      TRIPWIRE_JOB_LEASE_MS: String(LEASE_MS),
      TRIPWIRE_RATE_LIMIT: "10000000",
      TRIPWIRE_DATABASE_POOL_SIZE: "8",
      SMTP_URL: smtp.url,
      TRIPWIRE_MONITORS_ALLOW_PRIVATE: "1",
    });
    const { sql, logs } = cluster;
    const api = apiClient(cluster.url, cluster.key);

    const ada = (await api("POST", "/members", { name: "Ada", email: "ada@example.com" })).body;
    const bob = (await api("POST", "/members", { name: "Bob", email: "bob@example.com" })).body;
    const policy = await api("POST", "/escalation-policies", {
      name: "Fast",
      levels: [
        { delay_minutes: 0.02, member_ids: [ada.id] },
        { delay_minutes: 0.02, member_ids: [bob.id] },
      ],
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const settings = await api("PATCH", "/organization/settings", { automation: { draft_mode: true, auto_publish_delay_minutes: 0 } });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const wf = await api("POST", "/workflows", {
      name: "page and open a draft",
      trigger: "incident.created",
      state: "active",
      // Only the incidents sent below ("seed …"), not the drafts this workflow opens.
      conditions: { operator: "AND", conditions: [{ field: "title", operator: "contains", value: "seed" }] },
      actions: [
        { type: "page_on_call", name: "page", policy_id: policy.body.id, incident_id: "{{incident.id}}" },
        { type: "create_incident", name: "draft", title: "draft for {{incident.id}}" },
      ],
    });
    expect(wf.status, JSON.stringify(wf.body)).toBe(201);
    const monitorsFrom = Date.now();
    for (let i = 0; i < MONITORS; i++) {
      const m = await api("POST", "/monitors", { name: `m${i}`, url: `http://127.0.0.1:${target.port}/health?m=${i}`, check_frequency: 1, request_timeout: 1 });
      expect(m.status, JSON.stringify(m.body)).toBe(201);
    }

    // The incidents, 8 requests at a time; one process is killed after a third and started again after two thirds
    // (a request it held is sent again with the same Idempotency-Key, or a new one if the key stays "in progress").
    const created: string[] = [];
    let next = 0;
    const send = async () => {
      for (let i = next++; i < INCIDENTS; i = next++) {
        let idem = `seed-${i}`;
        for (let attempt = 1; ; attempt++) {
          try {
            const r = await api("POST", "/incidents", { title: `seed ${i}` }, { "idempotency-key": idem });
            if (r.status === 409 && r.body?.type?.endsWith("/idempotency-in-progress")) {
              idem = `seed-${i}-again-${attempt}`;
              continue;
            }
            expect(r.status, JSON.stringify(r.body)).toBe(201);
            created.push(r.body.id);
            break;
          } catch (err) {
            if (attempt >= 5) throw err;
            await Bun.sleep(50);
          }
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, send));
    await waitUntil(() => created.length >= INCIDENTS / 3, 60_000);
    // Levels are still to fire when the process dies (the timers cross the kill, not all done before it).
    const pending = async () => (await sql`SELECT count(*)::int AS n FROM escalations WHERE status <> 'exhausted'`)[0].n as number;
    await waitUntil(async () => (await pending()) > 0, 30_000);
    expect(await pending()).toBeGreaterThan(0);
    const killedAt = await cluster.kill(1);
    await waitUntil(() => created.length >= (2 * INCIDENTS) / 3, 60_000);
    await cluster.restart(1);
    await load;

    const seeds = ((await sql`SELECT id FROM incidents WHERE title LIKE 'seed %' ORDER BY id`) as { id: string }[]).map((r) => r.id);
    for (const id of created) expect(seeds).toContain(id);
    const N = seeds.length;

    // Every seed paged: one escalation each, both levels reached; one draft each, published.
    const settled = async () => {
      const [e] = await sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'exhausted')::int AS done FROM escalations`;
      const [d] = await sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE visibility = 'public')::int AS published FROM incidents WHERE title LIKE 'draft for %'`;
      return e.n === N && e.done === N && d.n === N && d.published === N;
    };
    await waitUntil(settled, 120_000);
    expect(await settled()).toBe(true);

    // Each escalation level fired exactly once: reached once, one notification recorded, per level.
    const escalations = (await sql`SELECT target_id, levels_reached, notifications FROM escalations ORDER BY target_id`) as { target_id: string; levels_reached: string; notifications: string }[];
    expect(escalations.map((e) => e.target_id)).toEqual(seeds);
    for (const e of escalations) {
      expect((JSON.parse(e.levels_reached) as { level: number; cycle: number }[]).map((r) => [r.level, r.cycle])).toEqual([
        [0, 0],
        [1, 0],
      ]);
      const sent = JSON.parse(e.notifications) as { level: number; recipient_id: string; success: boolean }[];
      expect(sent.map((n) => [n.level, n.recipient_id, n.success])).toEqual([
        [0, ada.id, true],
        [1, bob.id, true],
      ]);
    }
    // Each draft published once: one incident.published event per draft, and no seed was published (not drafts).
    const drafts = ((await sql`SELECT id FROM incidents WHERE title LIKE 'draft for %'`) as { id: string }[]).map((r) => r.id);
    const published = (await sql`SELECT resource_id, count(*)::int AS n FROM events WHERE type = 'incident.published' GROUP BY resource_id`) as { resource_id: string; n: number }[];
    expect(published.map((p) => p.resource_id).sort()).toEqual(drafts.sort());
    expect(published.filter((p) => p.n !== 1)).toEqual([]);

    // Emails: one per level and incident, except for levels the killed process was sending (it may have sent and not
    // recorded): at most what its escalation worker held, each first sent before it died.
    const mails = new Map<string, number[]>();
    for (const m of smtp.inbox) {
      const incident = /incidents\/(inc_[0-9A-Z]{26})/.exec(m.decoded)?.[1];
      for (const to of m.to) mails.set(`${to} ${incident}`, [...(mails.get(`${to} ${incident}`) ?? []), m.at]);
    }
    expect([...mails.keys()].sort()).toEqual(seeds.flatMap((id) => [`ada@example.com ${id}`, `bob@example.com ${id}`]).sort());
    const again = [...mails.values()].filter((at) => at.length > 1);
    const repeatedMails = again.reduce((n, at) => n + at.length - 1, 0);
    console.log(`timers across processes: ${N} escalations, ${drafts.length} drafts published, ${repeatedMails} email(s) sent again`);
    expect(repeatedMails).toBeLessThanOrEqual(ESCALATIONS_IN_FLIGHT);
    // (An email the killed process sent just before its death arrives a moment later.)
    expect(again.filter((at) => Math.min(...at) > killedAt + 1000)).toEqual([]);

    // Monitors: no slot recorded twice; every monitor checked all along (the killed process's monitors wait out
    // their lease, then resume); no probe sent twice for one slot (two within less than half a period) unless the
    // first was the killed process's, in flight when it died.
    // At least 20 s of checks (a fast run settles the timers sooner), so the count below means something.
    await Bun.sleep(Math.max(0, monitorsFrom + 20_000 - Date.now()));
    const twice = await sql`SELECT monitor_id, doc::jsonb->>'scheduled_at' AS slot, count(*)::int AS n FROM monitor_checks GROUP BY 1, 2 HAVING count(*) > 1`;
    expect(twice).toEqual([]);
    const seconds = (Date.now() - monitorsFrom) / 1000;
    const checks = (await sql`SELECT monitor_id, count(*)::int AS n, max(checked_at) AS last FROM monitor_checks GROUP BY 1`) as { monitor_id: string; n: number; last: string }[];
    expect(checks).toHaveLength(MONITORS);
    const fewest = Math.min(...checks.map((c) => c.n));
    console.log(`timers across processes: ${MONITORS} monitors over ${seconds.toFixed(0)} s, ${fewest} to ${Math.max(...checks.map((c) => c.n))} checks each`);
    for (const c of checks) {
      expect(c.n).toBeGreaterThanOrEqual(Math.floor((seconds - LEASE_MS / 1000 - 2) / 2));
      expect(Date.now() - Date.parse(c.last)).toBeLessThan(10_000);
    }
    expect(probes.size).toBe(MONITORS);
    for (const [m, at] of probes) {
      const close = at.slice(1).filter((t, i) => t - at[i]! < 400 && at[i]! > killedAt + 1000);
      expect({ m, close }).toEqual({ m, close: [] });
    }

    // Nothing left leased or dead, and no process lost a lease it held or failed a heartbeat.
    const leftover = () => sql`SELECT kind, count(*)::int AS n FROM jobs WHERE kind IN ('escalation.step', 'incident.auto_publish') GROUP BY kind`;
    await waitUntil(async () => (await leftover()).length === 0, 30_000);
    expect(await leftover()).toEqual([]);
    expect((await sql`SELECT count(*)::int AS n FROM dead_jobs`)[0].n).toBe(0);
    const trouble = logs.filter((l) => l.includes("lease lost") || l.includes("heartbeat failed"));
    expect(trouble).toEqual([]);
  }, 300_000);
}
