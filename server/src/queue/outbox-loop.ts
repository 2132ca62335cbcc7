/**
 * Drives an outbox consumer: runs its `pass` right after events commit in this process, on a poll interval (for
 * events committed elsewhere, or a pass that failed), and never two passes at once — a kick during a pass
 * schedules exactly one more.
 */
import type { Logger } from "../log.ts";
import type { Store } from "../store/types.ts";

export class OutboxLoop {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private store: Store,
    private logger: Logger,
    private name: string,
    private pass: () => Promise<void>,
    private pollMs = 1000,
  ) {}

  start(): void {
    this.unsubscribe = this.store.onCommittedEvents(() => this.kick());
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.kick();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((err) => this.logger.error({ err }, `${this.name} failed; will retry`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }
}
