/** API keys: created with scopes and an optional expiry, shown once, stored hashed, revocable. */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { generateApiKeySecret } from "../secrets/api-key-secret.ts";
import type { ApiKeyRecord, PageQuery, Repos } from "../store/types.ts";
import type { ApiKey, Organization, Scope } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { missingScopes } from "./scopes.ts";

/** The public shape: everything but the organization id and the hash. */
export function publicKey(k: ApiKeyRecord): ApiKey {
  const { organization_id: _o, key_hash: _h, ...rest } = k;
  return rest;
}

export async function insertApiKey(
  tx: Repos,
  orgId: string,
  nowMs: number,
  input: { name: string; scopes: Scope[]; expires_at?: string | null | undefined },
): Promise<ApiKey & { secret: string }> {
  const { secret, prefix, hash } = generateApiKeySecret();
  const record: ApiKeyRecord = {
    id: newId("key"),
    organization_id: orgId,
    name: input.name,
    prefix,
    key_hash: hash,
    scopes: [...new Set(input.scopes)],
    created_at: iso(nowMs),
    expires_at: input.expires_at ? iso(Date.parse(input.expires_at)) : null,
    last_used_at: null,
    revoked_at: null,
  };
  await tx.apiKeys.create(record);
  return { ...publicKey(record), secret };
}

export async function createApiKey(
  deps: Deps,
  actor: Actor,
  creatorScopes: readonly Scope[],
  input: { name: string; scopes: Scope[]; expires_at?: string | null | undefined },
) {
  const missing = missingScopes(creatorScopes, input.scopes);
  if (missing.length) {
    throw new ApiError(403, "insufficient-scope", "Insufficient scope", `A key cannot grant scopes it does not hold: ${missing.join(", ")}.`, {
      required_scope: missing[0]!,
    });
  }
  const now = deps.clock.now();
  if (input.expires_at && Date.parse(input.expires_at) <= now) {
    throw ApiError.validation([{ in: "body", pointer: "#/expires_at", detail: "Must be in the future." }]);
  }
  return deps.store.transaction((tx) => insertApiKey(tx, actor.orgId, now, input));
}

export async function getApiKey(deps: Deps, actor: Actor, id: string): Promise<ApiKey> {
  const k = await deps.store.apiKeys.get(actor.orgId, id);
  if (!k) throw ApiError.notFound("API key", id);
  return publicKey(k);
}

export async function listApiKeys(deps: Deps, actor: Actor, page: PageQuery) {
  const p = await deps.store.apiKeys.list(actor.orgId, page);
  return { items: p.items.map(publicKey), nextAfter: p.nextAfter };
}

/** A key can revoke only keys whose scopes it holds (as it can only mint those): `*` is revoked only by `*`. */
export async function revokeApiKey(deps: Deps, actor: Actor, revokerScopes: readonly Scope[], id: string): Promise<ApiKey> {
  return deps.store.transaction(async (tx) => {
    const k = await tx.apiKeys.get(actor.orgId, id);
    if (!k) throw ApiError.notFound("API key", id);
    const missing = missingScopes(revokerScopes, k.scopes);
    if (missing.length) {
      throw new ApiError(403, "insufficient-scope", "Insufficient scope", `A key can only revoke keys whose scopes it holds; ${id} has ${missing.join(", ")}.`, {
        required_scope: missing[0]!,
      });
    }
    if (k.revoked_at) throw ApiError.invalidTransition(`API key ${id} is already revoked.`);
    const at = iso(deps.clock.now());
    await tx.apiKeys.revoke(actor.orgId, id, at);
    return publicKey({ ...k, revoked_at: at });
  });
}

/** Creates an organization with an owner key (all scopes). Used on first start and by the CLI. */
export async function createOrganizationWithOwnerKey(deps: Deps, name: string) {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const org: Organization = { id: newId("org"), name, notification_emails: [], notification_channel_ids: [], created_at: iso(now) };
    await tx.organizations.create(org);
    const key = await insertApiKey(tx, org.id, now, { name: "Owner key", scopes: ["*"] });
    return { organization: org, key };
  });
}
