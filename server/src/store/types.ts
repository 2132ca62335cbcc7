/**
 * The narrow storage interface. HTTP and domain code depend only on this; `sqlite/` implements it today and a
 * PostgreSQL store can implement it later without touching them. Every method is async for that reason, and
 * every query is scoped by organization id (tenancy lives in the store's signatures, not in callers' memory).
 */
import type {
  ApiKey,
  Causation,
  Event,
  EventType,
  Incident,
  IncidentStatus,
  IncidentUpdateEntry,
  Member,
  Organization,
  Scope,
  Service,
  ServiceStatus,
  Severity,
  Visibility,
} from "../types.ts";

/** A page request: `after` is the last id of the previous page (lists run newest first, ids are time-ordered). */
export interface PageQuery {
  limit: number;
  after?: string | undefined;
}
export interface Page<T> {
  items: T[];
  /** The id to continue after, or null on the last page. */
  nextAfter: string | null;
}

export interface OrganizationRepo {
  create(org: Organization): Promise<void>;
  get(id: string): Promise<Organization | null>;
  list(): Promise<Organization[]>;
  count(): Promise<number>;
}

/** An API key as stored: the public shape plus what authentication needs. Never the secret itself. */
export interface ApiKeyRecord extends ApiKey {
  organization_id: string;
  key_hash: string;
}
export interface ApiKeyRepo {
  create(key: ApiKeyRecord): Promise<void>;
  findByHash(hash: string): Promise<ApiKeyRecord | null>;
  get(orgId: string, id: string): Promise<ApiKeyRecord | null>;
  list(orgId: string, page: PageQuery): Promise<Page<ApiKeyRecord>>;
  revoke(orgId: string, id: string, at: string): Promise<void>;
  touch(id: string, at: string): Promise<void>;
}

export interface MemberRepo {
  create(orgId: string, member: Member): Promise<void>;
  get(orgId: string, id: string): Promise<Member | null>;
  findByEmail(orgId: string, email: string): Promise<Member | null>;
  list(orgId: string, page: PageQuery): Promise<Page<Member>>;
  update(orgId: string, member: Member): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
}

export interface ServiceFilter {
  status?: ServiceStatus | undefined;
}
export interface ServiceRepo {
  create(orgId: string, service: Service): Promise<void>;
  get(orgId: string, id: string): Promise<Service | null>;
  findByName(orgId: string, name: string): Promise<Service | null>;
  /** Which of these ids exist in the organization. */
  existing(orgId: string, ids: string[]): Promise<Set<string>>;
  list(orgId: string, filter: ServiceFilter, page: PageQuery): Promise<Page<Service>>;
  update(orgId: string, service: Service): Promise<void>;
  delete(orgId: string, id: string): Promise<void>;
}

export interface IncidentFilter {
  status?: IncidentStatus | undefined;
  severity?: Severity | undefined;
  visibility?: Visibility | undefined;
  serviceId?: string | undefined;
  createdAfter?: string | undefined;
  createdBefore?: string | undefined;
  includeArchived?: boolean | undefined;
}
export interface IncidentRepo {
  create(orgId: string, incident: Incident): Promise<void>;
  get(orgId: string, id: string): Promise<Incident | null>;
  list(orgId: string, filter: IncidentFilter, page: PageQuery): Promise<Page<Incident>>;
  update(orgId: string, incident: Incident): Promise<void>;
  /** Incidents that reference the service (to detach it when the service is deleted). */
  withService(orgId: string, serviceId: string): Promise<Incident[]>;
  withAssignee(orgId: string, memberId: string): Promise<Incident[]>;
  addUpdate(orgId: string, entry: IncidentUpdateEntry): Promise<void>;
  listUpdates(orgId: string, incidentId: string, page: PageQuery): Promise<Page<IncidentUpdateEntry>>;
}

/** A domain event as written to the outbox. `seq` orders events for consumers (workflows, webhooks). */
export interface EventRecord extends Event {
  organization_id: string;
  seq?: number;
}
export interface EventFilter {
  type?: EventType | undefined;
  resourceId?: string | undefined;
}
export interface EventRepo {
  append(event: EventRecord): Promise<void>;
  get(orgId: string, id: string): Promise<EventRecord | null>;
  list(orgId: string, filter: EventFilter, page: PageQuery): Promise<Page<EventRecord>>;
  /** Events after a sequence number, across organizations, for outbox consumers. */
  since(seq: number, limit: number): Promise<EventRecord[]>;
}

export interface IdempotencyRecord {
  apiKeyId: string;
  key: string;
  method: string;
  path: string;
  bodyHash: string;
  /** null while the first request is still in flight. */
  status: number | null;
  response: string | null;
  createdAtMs: number;
}
export interface IdempotencyRepo {
  get(apiKeyId: string, key: string): Promise<IdempotencyRecord | null>;
  /** Claims the key; false if someone else holds it. */
  claim(record: IdempotencyRecord): Promise<boolean>;
  complete(apiKeyId: string, key: string, status: number, response: string): Promise<void>;
  release(apiKeyId: string, key: string): Promise<void>;
  purgeOlderThan(ms: number): Promise<number>;
}

export interface Repos {
  organizations: OrganizationRepo;
  apiKeys: ApiKeyRepo;
  members: MemberRepo;
  services: ServiceRepo;
  incidents: IncidentRepo;
  events: EventRepo;
  idempotency: IdempotencyRepo;
}

export interface Store extends Repos {
  /**
   * Runs `fn` in one write transaction: everything it writes (the change and its domain events) commits together
   * or not at all. Reads through `Store` itself see committed data only.
   */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  /** Subscribe to events after they commit (in this process). Returns an unsubscribe function. */
  onCommittedEvents(listener: (events: EventRecord[]) => void): () => void;
  ping(): Promise<void>;
  close(): void;
}

export type { Causation, Scope };
