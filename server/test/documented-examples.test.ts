/**
 * The documented workflow examples over the real server, as written. The second one ("Daily Health
 * Report") sends a notification through a channel, so it is checked here with a real channel id: created as
 * written (201), activated (200), and its schedule previewed at 09:00 UTC.
 *
 * It must not fire: the server's clock is frozen at noon UTC, so its next fire time (09:00 tomorrow) never comes,
 * and the channel points at a Slack-like receiver on loopback that must stay silent.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { zSchedulePreview, zWorkflow } from "../src/generated/zod.gen.ts";
import { startSlackReceiver } from "../src/notify/test-servers.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";

/** Noon UTC, frozen: three hours past today's 09:00, twenty-one before tomorrow's. */
const NOW = Date.parse("2026-11-23T12:00:00.000Z");

let server: TestServer;
let api: ReturnType<typeof apiClient>;
let slack: ReturnType<typeof startSlackReceiver>;

beforeAll(async () => {
  slack = startSlackReceiver();
  server = await startTestServer({ clock: { now: () => NOW } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(async () => {
  await server?.stop();
  slack?.stop();
});

describe("the documented Daily Health Report, with a real channel id", () => {
  test("is accepted as written (201), activates (200) and fires daily at 09:00 UTC", async () => {
    const channel = await api("POST", "/channels", { name: "#health", kind: "slack", config: { webhook_url: slack.url("ok") } });
    expect(channel.status, JSON.stringify(channel.body)).toBe(201);
    const channelId = channel.body.id as string;

    // Exactly the documented body; only the channel id is filled in.
    const example = {
      name: "Daily Health Report",
      trigger: "scheduled",
      schedule: "0 9 * * *",
      actions: [
        { type: "execute_webhook", url: "https://api.example.com/generate-report" },
        { type: "send_notification", channel_id: channelId, message: "Daily health report generated." },
      ],
    };
    const created = await api("POST", "/workflows", example);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const wf = zWorkflow.parse(created.body);
    expect(wf).toEqual(
      expect.objectContaining({
        name: "Daily Health Report",
        state: "draft",
        version: 0,
        trigger: { type: "scheduled", schedule: "0 9 * * *" },
        conditions: null,
        actions: example.actions,
      }),
    );

    const activated = await api("POST", `/workflows/${wf.id}/activate`);
    expect(activated.status, JSON.stringify(activated.body)).toBe(200);
    expect(activated.body).toEqual(expect.objectContaining({ id: wf.id, state: "active", version: 1, actions: example.actions }));

    const schedule = await api("GET", `/workflows/${wf.id}/schedule?count=3`);
    expect(schedule.status, JSON.stringify(schedule.body)).toBe(200);
    expect(zSchedulePreview.parse(schedule.body)).toEqual({
      schedule: "0 9 * * *",
      timezone: "UTC",
      next: ["2026-11-24T09:00:00.000Z", "2026-11-25T09:00:00.000Z", "2026-11-26T09:00:00.000Z"],
    });

    // Nothing ran and nothing was sent (give the workers a poll to prove it).
    await Bun.sleep(1200);
    expect((await api("GET", `/runs?workflow_id=${wf.id}`)).body.data).toEqual([]);
    expect(slack.received).toEqual([]);
    expect((await api("POST", `/workflows/${wf.id}/disable`)).status).toBe(200);
  });
});
