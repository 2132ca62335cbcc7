/** PostgreSQL repositories for integrations and their accepted inbound deliveries (as sqlite/integration-repos.ts). */
import type { IntegrationRecord, IntegrationRepo, PageQuery } from "../types.ts";
import type { Q } from "./db.ts";
import { after, limitPlusOne, toPage } from "./paging.ts";
import { toIntegration } from "../rows.ts";

class Integrations implements IntegrationRepo {
  constructor(private q: Q) {}
  async create(r: IntegrationRecord) {
    await this.q`INSERT INTO integrations (id, organization_id, kind, name, api_key_sealed, api_key_hint, signing_secret_sealed, signing_secret_set_at, created_at, updated_at)
      VALUES (${r.id}, ${r.organization_id}, ${r.kind}, ${r.name}, ${r.api_key_sealed}, ${r.api_key_hint}, ${r.signing_secret_sealed}, ${r.signing_secret_set_at}, ${r.created_at}, ${r.updated_at})`;
  }
  async get(orgId: string, id: string) {
    const r = (await this.q`SELECT * FROM integrations WHERE organization_id = ${orgId} AND id = ${id}`)[0];
    return r ? toIntegration(r) : null;
  }
  async byId(id: string) {
    const r = (await this.q`SELECT * FROM integrations WHERE id = ${id}`)[0];
    return r ? toIntegration(r) : null;
  }
  async list(orgId: string, page: PageQuery) {
    const rows = await this.q`SELECT * FROM integrations WHERE organization_id = ${orgId} AND (${after(page)}::text IS NULL OR id < ${after(page)})
      ORDER BY id DESC LIMIT ${limitPlusOne(page)}`;
    return toPage(rows, page, toIntegration);
  }
  async update(r: IntegrationRecord) {
    await this.q`UPDATE integrations SET name = ${r.name}, api_key_sealed = ${r.api_key_sealed}, api_key_hint = ${r.api_key_hint},
        signing_secret_sealed = ${r.signing_secret_sealed}, signing_secret_set_at = ${r.signing_secret_set_at}, updated_at = ${r.updated_at}
      WHERE organization_id = ${r.organization_id} AND id = ${r.id}`;
  }
  async delete(orgId: string, id: string) {
    await this.q`DELETE FROM integration_deliveries WHERE integration_id IN (SELECT id FROM integrations WHERE organization_id = ${orgId} AND id = ${id})`;
    await this.q`DELETE FROM integrations WHERE organization_id = ${orgId} AND id = ${id}`;
  }
  async claimDelivery(integrationId: string, webhookId: string, eventId: string, at: string) {
    const rows = await this.q`INSERT INTO integration_deliveries (integration_id, webhook_id, event_id, received_at)
      VALUES (${integrationId}, ${webhookId}, ${eventId}, ${at}) ON CONFLICT (integration_id, webhook_id) DO NOTHING RETURNING 1 AS claimed`;
    return rows.length === 1;
  }
  async pruneDeliveries(orgId: string, before: string, limit: number) {
    const rows = await this.q`DELETE FROM integration_deliveries WHERE (integration_id, webhook_id) IN (
        SELECT d.integration_id, d.webhook_id FROM integration_deliveries d JOIN integrations i ON i.id = d.integration_id
        WHERE i.organization_id = ${orgId} AND d.received_at < ${before} ORDER BY d.received_at LIMIT ${limit})
      RETURNING 1`;
    return rows.length;
  }
}

export function integrationRepos(q: Q) {
  return { integrations: new Integrations(q) };
}
