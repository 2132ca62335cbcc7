/**
 * Notification channels: registration per kind (notify/channel-config.ts), secrets sealed at rest, the masked
 * public form, and the test endpoint. Sending happens in notify/; this module decides what is stored and shown.
 *
 * Storage: `config_sealed` holds the whole configuration encrypted with the secret box (the Slack URL is the
 * secret); `config_public` holds the masked form, the only one the API ever returns.
 */
import { iso } from "../clock.ts";
import { ApiError } from "../errors.ts";
import { newId } from "../ids.ts";
import { maskConfig, parseChannelConfig } from "../notify/channel-config.ts";
import type { NotificationMessage } from "../notify/types.ts";
import type { OncallDeps } from "./oncall-deps.ts";
import type { ChannelRecord, PageQuery, Repos } from "../store/types.ts";
import type { Channel, ChannelKind, NotificationResult } from "../types.ts";
import type { Actor, Deps } from "./context.ts";
import { refuseIfUsed } from "./workflow-refs.ts";

export type ChannelDeps = OncallDeps;

export function publicChannel(c: ChannelRecord): Channel {
  return { id: c.id, key: c.key, name: c.name, kind: c.kind, config: c.config_public, created_at: c.created_at, updated_at: c.updated_at };
}

/** Whether loopback http URLs are allowed: the same rule the notifier sends with. */
function allowLoopback(deps: ChannelDeps): boolean {
  return deps.delivery.allowLoopback;
}

function sealed(deps: ChannelDeps, kind: ChannelKind, config: Record<string, unknown>) {
  const parsed = parseChannelConfig(kind, config, { allowLoopback: allowLoopback(deps) });
  if (parsed.errors.length || !parsed.config) throw ApiError.validation(parsed.errors);
  return { config_sealed: deps.box.seal(JSON.stringify(parsed.config)), config_public: maskConfig(kind, parsed.config) };
}

async function load(tx: Repos, actor: Actor, id: string): Promise<ChannelRecord> {
  const c = await tx.channels.get(actor.orgId, id);
  if (!c) throw ApiError.notFound("channel", id);
  return c;
}

/** The id prefix, which a key may not start with: then an id and a key can never be the same string. */
const ID_PREFIX = "chn_";

export async function createChannel(deps: ChannelDeps, actor: Actor, input: { name: string; key?: string | undefined; kind: ChannelKind; config: Record<string, unknown> }) {
  const key = input.key ?? null;
  if (key?.startsWith(ID_PREFIX)) {
    throw ApiError.validation([{ in: "body", pointer: "#/key", detail: `A key must not start with "${ID_PREFIX}" (channel ids do); e.g. "ch_slack_ops".` }]);
  }
  const now = iso(deps.clock.now());
  const record: ChannelRecord = {
    id: newId("chn"),
    organization_id: actor.orgId,
    key,
    name: input.name,
    kind: input.kind,
    ...sealed(deps, input.kind, input.config),
    created_at: now,
    updated_at: now,
  };
  await deps.store.transaction(async (tx) => {
    const taken = key === null ? null : await tx.channels.find(actor.orgId, key);
    if (taken) throw ApiError.conflict("duplicate", "Duplicate", `The key ${key} is already used by channel ${taken.id} ("${taken.name}").`);
    await tx.channels.create(record);
  });
  return publicChannel(record);
}

export async function getChannel(deps: Deps, actor: Actor, id: string) {
  return publicChannel(await load(deps.store, actor, id));
}

export async function listChannels(deps: Deps, actor: Actor, page: PageQuery) {
  const p = await deps.store.channels.list(actor.orgId, page);
  return { items: p.items.map(publicChannel), nextAfter: p.nextAfter };
}

/** A new `config` replaces the old one whole (validated for the channel's kind, which cannot change). */
export async function updateChannel(deps: ChannelDeps, actor: Actor, id: string, input: { name?: string | undefined; config?: Record<string, unknown> | undefined }) {
  return deps.store.transaction(async (tx) => {
    const before = await load(tx, actor, id);
    const after: ChannelRecord = {
      ...before,
      name: input.name ?? before.name,
      ...(input.config !== undefined ? sealed(deps, before.kind, input.config) : {}),
      updated_at: iso(deps.clock.now()),
    };
    await tx.channels.update(after);
    return publicChannel(after);
  });
}

/**
 * Deletes the channel and takes it out of every escalation policy level that named it (by id or key). A channel an
 * active workflow names is not deleted: 409 listing them (domain/workflow-refs.ts).
 */
export async function deleteChannel(deps: Deps, actor: Actor, id: string) {
  await deps.store.transaction(async (tx) => {
    const channel = await load(tx, actor, id);
    await refuseIfUsed(tx, actor.orgId, `Channel ${id}${channel.key ? ` (key ${channel.key})` : ""}`, ["channel"], channel.key ? [id, channel.key] : [id]);
    await tx.channels.delete(actor.orgId, id);
    let after: string | undefined;
    for (;;) {
      const page = await tx.escalationPolicies.list(actor.orgId, { limit: 100, after });
      for (const p of page.items) {
        const named = (c: string) => c === id || c === channel.key;
        if (!p.levels.some((l) => l.channel_ids?.some(named))) continue;
        const levels = p.levels.map((l) => (l.channel_ids?.some(named) ? { ...l, channel_ids: l.channel_ids.filter((c) => !named(c)) } : l));
        await tx.escalationPolicies.update({ ...p, levels, updated_at: iso(deps.clock.now()) });
      }
      if (!page.nextAfter) break;
      after = page.nextAfter;
    }
  });
}

export function testMessage(c: ChannelRecord): NotificationMessage {
  return {
    title: `Tripwire test message for ${c.name}`,
    text: `This is a test of the ${c.kind} channel "${c.name}" (${c.id}). If you can read it, notifications through this channel work.`,
  };
}

/** Sends a test message now, once, and reports what the provider answered (a failed send is not an API error). */
export async function testChannel(deps: OncallDeps, actor: Actor, id: string): Promise<NotificationResult> {
  const c = await load(deps.store, actor, id);
  return deps.notifier.toChannel(c, testMessage(c));
}
