/**
 * One incident from resolved to closed through the post-incident flow, with @tripwire/sdk: open a critical incident
 * and resolve it (it enters the organization's default flow, "Documenting" then "Reviewing"), assign the first task
 * to a member, attach the post-mortem and mark it complete (two tasks complete themselves), finish or skip the rest
 * status by status, and print the flow's state at each step and the incident's timeline at the end.
 *
 *   TRIPWIRE_API_KEY=tw_live_... bun examples/sdk/post-incident.ts [assignee@example.com]
 *
 * TRIPWIRE_URL defaults to http://127.0.0.1:3000 (the server's origin; the SDK adds /api/v1). The assignee (default
 * postmortem@example.com) is created as a member if needed; the server emails them when SMTP_URL is set.
 * Exit codes: 0 closed, 1 the API answered with an error, 2 misconfigured, 3 the incident did not enter a flow
 * (its organization deleted the default flow, or no automatic flow matches a critical incident).
 */
import { createTripwireClient, type Schema, TripwireError } from "@tripwire/sdk";

type PostIncident = Schema<"IncidentPostIncident">;

const baseUrl = process.env.TRIPWIRE_URL || "http://127.0.0.1:3000";
const apiKey = process.env.TRIPWIRE_API_KEY;
if (!apiKey) {
  console.error("Set TRIPWIRE_API_KEY to an API key with incidents, members and post_incident read and write scopes (the server prints one on first start).");
  process.exit(2);
}
const assigneeEmail = process.argv[2] ?? "postmortem@example.com";

const client = createTripwireClient({ baseUrl, apiKey });

/** "Documenting: 2/3 finished" with each task's state. */
function show(pi: PostIncident): void {
  const current = pi.tasks.filter((t) => t.post_incident_status === pi.status);
  console.log(`flow "${pi.flow_name}" ${pi.state}${pi.status ? ` at ${pi.status}` : ""}`);
  for (const t of current) {
    const by = t.completed_by ? ` by ${t.completed_by.kind}${t.completed_by.reason ? ` (${t.completed_by.reason})` : ""}` : "";
    console.log(`  [${t.status}] ${t.kind}: ${t.title}${by}`);
  }
}

try {
  const members = await Array.fromAsync(client.paginate("/members", { params: { query: { limit: 100 } } }));
  const member =
    members.find((m) => m.email === assigneeEmail.toLowerCase()) ??
    (await client.orThrow(client.POST("/members", { body: { name: "Post-mortem owner", email: assigneeEmail } })));

  const opened = await client.orThrow(client.POST("/incidents", { body: { title: "Checkout API returns 502", severity: "critical" } }));
  const path = { incidentId: opened.id };
  const resolved = await client.orThrow(client.POST("/incidents/{incidentId}/resolve", { params: { path }, body: { message: "Rolled back the bad deploy." } }));
  console.log(`incident ${resolved.id} resolved: status ${resolved.status}${resolved.post_incident_status ? ` (${resolved.post_incident_status})` : ""}`);
  if (resolved.status !== "post_incident") {
    console.error("The incident did not enter a post-incident flow: is there an automatic flow for critical incidents (GET /post-incident-flows)?");
    process.exit(3);
  }

  let pi = await client.orThrow(client.GET("/incidents/{incidentId}/post-incident", { params: { path } }));
  show(pi);

  // Assign the first task: the member is emailed (through SMTP) and post_incident.task_assigned is written.
  const first = pi.tasks[0]!;
  await client.orThrow(client.PATCH("/incidents/{incidentId}/post-incident/tasks/{taskId}", { params: { path: { ...path, taskId: first.id } }, body: { assignee_id: member.id } }));
  console.log(`assigned "${first.title}" to ${member.email}`);

  // The post-mortem: attaching it and marking it complete finish two tasks by themselves.
  await client.orThrow(client.PUT("/incidents/{incidentId}/postmortem", { params: { path }, body: { url: "https://docs.example.com/postmortems/checkout-502", status: "draft" } }));
  await client.orThrow(client.PUT("/incidents/{incidentId}/postmortem", { params: { path }, body: { url: "https://docs.example.com/postmortems/checkout-502", status: "complete" } }));
  console.log("post-mortem attached and marked complete");
  pi = await client.orThrow(client.GET("/incidents/{incidentId}/post-incident", { params: { path } }));
  show(pi);

  // Everything left, status by status: review the timeline, skip the rest. The flow moves on by itself.
  while (pi.state === "active") {
    const open = pi.tasks.find((t) => t.post_incident_status === pi.status && t.status === "todo");
    if (!open) break; // a status without open tasks waits for POST …/post-incident/move
    const op = open.kind === "review_timeline" ? "/incidents/{incidentId}/post-incident/tasks/{taskId}/complete" : "/incidents/{incidentId}/post-incident/tasks/{taskId}/not-doing";
    const body = open.kind === "review_timeline" ? { note: "Timeline reviewed." } : { note: "Not needed for this incident." };
    const task = await client.orThrow(client.POST(op, { params: { path: { ...path, taskId: open.id } }, body }));
    console.log(`${task.status === "done" ? "done" : "not doing"}: ${task.title}`);
    const before = pi.status;
    pi = await client.orThrow(client.GET("/incidents/{incidentId}/post-incident", { params: { path } }));
    if (pi.status !== before) show(pi);
  }

  const closed = await client.orThrow(client.GET("/incidents/{incidentId}", { params: { path } }));
  console.log(`incident ${closed.id}: ${closed.status} at ${closed.closed_at}`);
  const timeline = await Array.fromAsync(client.paginate("/incidents/{incidentId}/updates", { params: { path, query: { limit: 100 } } }));
  console.log("timeline:");
  for (const entry of timeline.reverse()) console.log(`  ${entry.message}`);
} catch (error) {
  if (!(error instanceof TripwireError)) throw error;
  console.error(`Tripwire API error: ${error.message}`);
  for (const field of error.fieldErrors) console.error(`  ${field.in} ${field.pointer}: ${field.detail}`);
  process.exit(1);
}
