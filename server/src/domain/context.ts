/**
 * Who is acting, for whom, and when. Every domain function takes one; HTTP builds it from the API key, the
 * workflow engine will build it from a run (with `causedBy` set so loops can be detected).
 */
import type { Clock } from "../clock.ts";
import type { Store } from "../store/types.ts";
import type { Causation, IncidentSource } from "../types.ts";

export interface Actor {
  orgId: string;
  /** What an incident created by this actor records as its source. */
  source: IncidentSource;
  causedBy: Causation | null;
}

export interface Deps {
  store: Store;
  clock: Clock;
}
