/** What channel, alert and on-call code needs beyond the store and clock. */
import type { Deps } from "./context.ts";
import type { Notifier } from "../notify/types.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { AttemptSettings } from "../outbound/attempt.ts";

export interface OncallDeps extends Deps {
  box: SecretBox;
  notifier: Notifier;
  /** Outbound settings (timeout, whether loopback URLs are allowed in development mode) for channel URLs. */
  delivery: AttemptSettings;
}
