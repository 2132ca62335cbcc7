/** Polls `f` until it returns something truthy (a background worker's result), or fails after `ms`. */
export async function waitFor<T>(f: () => Promise<T | null | undefined | false>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error("waitFor: timed out");
    await Bun.sleep(20);
  }
}
