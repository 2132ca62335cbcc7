/** SQLite repositories for integrations (incident.io connections) and the ids of their accepted inbound deliveries. */
import type { IntegrationRecord, IntegrationRepo, PageQuery } from "../types.ts";
import { pageParams, toPage } from "./paging.ts";
import type { Row, Statements } from "./statements.ts";
import { toIntegration } from "../rows.ts";

class Integrations implements IntegrationRepo {
  constructor(private q: Statements) {}
  async create(r: IntegrationRecord) {
    this.q
      .get(
        `INSERT INTO integrations (id, organization_id, kind, name, api_key_sealed, api_key_hint, signing_secret_sealed, signing_secret_set_at, created_at, updated_at)
         VALUES ($id, $organization_id, $kind, $name, $api_key_sealed, $api_key_hint, $signing_secret_sealed, $signing_secret_set_at, $created_at, $updated_at)`,
      )
      .run({ ...r });
  }
  async get(orgId: string, id: string) {
    const r = this.q.get("SELECT * FROM integrations WHERE organization_id = $orgId AND id = $id").get({ orgId, id }) as Row | null;
    return r ? toIntegration(r) : null;
  }
  async byId(id: string) {
    const r = this.q.get("SELECT * FROM integrations WHERE id = $id").get({ id }) as Row | null;
    return r ? toIntegration(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = this.q
      .get("SELECT * FROM integrations WHERE organization_id = $orgId AND ($after IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit")
      .all({ orgId, ...pageParams(page) }) as Row[];
    return toPage(rows, page, toIntegration);
  }
  async update(r: IntegrationRecord) {
    this.q
      .get(
        `UPDATE integrations SET name = $name, api_key_sealed = $api_key_sealed, api_key_hint = $api_key_hint,
           signing_secret_sealed = $signing_secret_sealed, signing_secret_set_at = $signing_secret_set_at, updated_at = $updated_at
         WHERE organization_id = $organization_id AND id = $id`,
      )
      .run({
        id: r.id,
        organization_id: r.organization_id,
        name: r.name,
        api_key_sealed: r.api_key_sealed,
        api_key_hint: r.api_key_hint,
        signing_secret_sealed: r.signing_secret_sealed,
        signing_secret_set_at: r.signing_secret_set_at,
        updated_at: r.updated_at,
      });
  }
  async delete(orgId: string, id: string) {
    this.q.get("DELETE FROM integration_deliveries WHERE integration_id = (SELECT id FROM integrations WHERE organization_id = $orgId AND id = $id)").run({ orgId, id });
    this.q.get("DELETE FROM integrations WHERE organization_id = $orgId AND id = $id").run({ orgId, id });
  }
  async claimDelivery(integrationId: string, webhookId: string, eventId: string, at: string) {
    const r = this.q
      .get(
        `INSERT INTO integration_deliveries (integration_id, webhook_id, event_id, received_at) VALUES ($integrationId, $webhookId, $eventId, $at)
         ON CONFLICT (integration_id, webhook_id) DO NOTHING`,
      )
      .run({ integrationId, webhookId, eventId, at });
    return r.changes === 1;
  }
  async pruneDeliveries(orgId: string, before: string, limit: number) {
    const r = this.q
      .get(
        `DELETE FROM integration_deliveries WHERE rowid IN (
           SELECT d.rowid FROM integration_deliveries d JOIN integrations i ON i.id = d.integration_id
           WHERE i.organization_id = $orgId AND d.received_at < $before ORDER BY d.received_at LIMIT $limit)`,
      )
      .run({ orgId, before, limit });
    return r.changes;
  }
}

export function integrationRepos(q: Statements) {
  return { integrations: new Integrations(q) };
}
