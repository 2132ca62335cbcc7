/**
 * Team members over real HTTP: CRUD and its events, case-insensitive email uniqueness, email validation, and
 * removing a member unassigning their incidents. Success bodies are parsed with the contract's zod schemas.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import type { z } from "zod";
import { zEvent, zEventList, zIncident, zMember, zMemberList } from "../src/generated/zod.gen.ts";
import { apiClient, startTestServer, type TestServer } from "./harness.ts";
import { expectOk, expectProblem } from "./expect.ts";

let server: TestServer;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  server = await startTestServer({ env: { TRIPWIRE_RATE_LIMIT: "1000000" } });
  api = apiClient(server.baseUrl, server.apiKey);
});
afterAll(() => server.stop());

type Member = z.output<typeof zMember>;
type Event = z.output<typeof zEvent>;


let seq = 0;
const uniqueEmail = () => `ada-${Date.now()}-${++seq}@example.com`;

async function createMember(body: Record<string, unknown> = {}): Promise<Member> {
  return expectOk(await api("POST", "/members", { name: "Ada Lovelace", email: uniqueEmail(), ...body }), 201, zMember);
}
async function getMember(id: string): Promise<Member> {
  return expectOk(await api("GET", `/members/${id}`), 200, zMember);
}
async function eventsOf(resourceId: string): Promise<Event[]> {
  return expectOk(await api("GET", `/events?resource_id=${resourceId}&limit=100`), 200, zEventList).data;
}
async function memberCount(): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const path: string = `/members?limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const page = expectOk(await api("GET", path), 200, zMemberList);
    n += page.data.length;
    cursor = page.next_cursor;
  } while (cursor);
  return n;
}

describe("create and read", () => {
  test("POST creates the member and writes member.created; GET returns it", async () => {
    const email = uniqueEmail();
    const m = expectOk(await api("POST", "/members", { name: "Ada Lovelace", email }), 201, zMember);
    expect(m).toMatchObject({ name: "Ada Lovelace", email });
    expect(m.id).toMatch(/^mem_[0-9A-Z]{26}$/);
    expect(await getMember(m.id)).toEqual(m);

    const events = await eventsOf(m.id);
    expect(events.map((e) => e.type)).toEqual(["member.created"]);
    expect(events[0]).toMatchObject({ resource_type: "member", resource_id: m.id, caused_by: null });
    expect(events[0]?.data).toEqual(m);
  });

  test("an unknown member → 404", async () => {
    expectProblem(await api("GET", "/members/mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M"), 404, "not-found");
  });

  test("the list shows members newest first and pages with limit and cursor", async () => {
    const made = [await createMember(), await createMember(), await createMember()];
    const p1 = expectOk(await api("GET", "/members?limit=2"), 200, zMemberList);
    expect(p1.data).toEqual([made[2]!, made[1]!]);
    expect(p1.next_cursor).not.toBeNull();
    const p2 = expectOk(await api("GET", `/members?limit=2&cursor=${p1.next_cursor}`), 200, zMemberList);
    expect(p2.data[0]).toEqual(made[0]!);
  });
});

describe("update", () => {
  test("PATCH changes name and email and writes member.updated with exactly those changes", async () => {
    const m = await createMember();
    const email = uniqueEmail();
    const after = expectOk(await api("PATCH", `/members/${m.id}`, { name: "Ada King", email }), 200, zMember);
    expect(after).toMatchObject({ id: m.id, name: "Ada King", email, created_at: m.created_at });
    expect(await getMember(m.id)).toEqual(after);

    const events = await eventsOf(m.id);
    expect(events.map((e) => e.type)).toEqual(["member.updated", "member.created"]);
    expect(events[0]?.data.changes).toEqual({ name: { from: "Ada Lovelace", to: "Ada King" }, email: { from: m.email, to: email } });
    expect(events[0]?.data).toEqual({ ...after, changes: events[0]?.data.changes });
  });

  test("a PATCH with the current values (email in another case included) writes no event", async () => {
    const m = await createMember();
    const same = expectOk(await api("PATCH", `/members/${m.id}`, { name: m.name, email: m.email.toUpperCase() }), 200, zMember);
    expect(same).toEqual(m);
    expect((await eventsOf(m.id)).map((e) => e.type)).toEqual(["member.created"]);
  });

  test("an empty PATCH body → 422 (MemberUpdate has minProperties: 1)", async () => {
    const m = await createMember();
    expectProblem(await api("PATCH", `/members/${m.id}`, {}), 422, "validation");
  });

  test("PATCH of an unknown member → 404", async () => {
    expectProblem(await api("PATCH", "/members/mem_01JD5Q8R1XK2ZP7S0C3V9N4B6M", { name: "x" }), 404, "not-found");
  });
});

describe("validation and conflicts", () => {
  test("an email already used, in any letter case → 409 on create and on PATCH, writing nothing", async () => {
    const a = await createMember({ email: `Grace.${Date.now()}@Example.com` });
    const b = await createMember();
    const before = await memberCount();
    for (const email of [a.email, a.email.toUpperCase(), a.email.toLowerCase()]) {
      expectProblem(await api("POST", "/members", { name: "Copy", email }), 409, "duplicate");
    }
    expect(await memberCount()).toBe(before);

    expectProblem(await api("PATCH", `/members/${b.id}`, { email: a.email.toUpperCase() }), 409, "duplicate");
    expect(await getMember(b.id)).toEqual(b);
    expect((await eventsOf(b.id)).map((e) => e.type)).toEqual(["member.created"]);
  });

  test("an invalid email → 422 at #/email, on create and on PATCH", async () => {
    const before = await memberCount();
    const onCreate = expectProblem(await api("POST", "/members", { name: "Ada", email: "not-an-email" }), 422, "validation");
    expect(onCreate.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/email" })]);
    expect(await memberCount()).toBe(before);

    const m = await createMember();
    const onPatch = expectProblem(await api("PATCH", `/members/${m.id}`, { email: "ada@" }), 422, "validation");
    expect(onPatch.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/email" })]);
    expect(await getMember(m.id)).toEqual(m);
  });

  test("a missing name → 422 at #/name", async () => {
    const p = expectProblem(await api("POST", "/members", { email: uniqueEmail() }), 422, "validation");
    expect(p.errors).toEqual([expect.objectContaining({ in: "body", pointer: "#/name" })]);
  });
});

describe("delete", () => {
  test("DELETE → 204 and member.deleted; then GET, PATCH and DELETE → 404", async () => {
    const m = await createMember();
    const res = await api("DELETE", `/members/${m.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expectProblem(await api("GET", `/members/${m.id}`), 404, "not-found");
    expectProblem(await api("PATCH", `/members/${m.id}`, { name: "x" }), 404, "not-found");
    expectProblem(await api("DELETE", `/members/${m.id}`), 404, "not-found");

    const events = await eventsOf(m.id);
    expect(events.map((e) => e.type)).toEqual(["member.deleted", "member.created"]);
    expect(events[0]?.data).toEqual(m);
  });

  test("the email of a removed member can be used again", async () => {
    const m = await createMember();
    expect((await api("DELETE", `/members/${m.id}`)).status).toBe(204);
    const again = await createMember({ email: m.email });
    expect(again.id).not.toBe(m.id);
  });

  test("deleting a member unassigns their incidents (incident.updated each) and leaves others' alone", async () => {
    const leaving = await createMember();
    const staying = await createMember();
    const mk = async (assignee_id: string) =>
      expectOk(await api("POST", "/incidents", { title: "assigned", assignee_id }), 201, zIncident);
    const one = await mk(leaving.id);
    const two = await mk(leaving.id);
    const theirs = await mk(staying.id);

    expect((await api("DELETE", `/members/${leaving.id}`)).status).toBe(204);

    const get = async (id: string) => expectOk(await api("GET", `/incidents/${id}`), 200, zIncident);
    expect((await get(one.id)).assignee_id).toBeNull();
    expect((await get(two.id)).assignee_id).toBeNull();
    expect(await get(theirs.id)).toEqual(theirs);
    for (const inc of [one, two]) {
      const [latest] = await eventsOf(inc.id);
      expect(latest?.type).toBe("incident.updated");
      expect(latest?.data.changes).toEqual({ assignee_id: { from: leaving.id, to: null } });
    }
    expect((await eventsOf(theirs.id)).map((e) => e.type)).toEqual(["incident.created"]);
  });
});
