/** A real HTTP receiver on 127.0.0.1 for webhook tests: records every request, answers as the test says. */
export interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
}

export function startReceiver(answer: (n: number, r: Received) => Response | Promise<Response> = () => new Response("ok")) {
  const received: Received[] = [];
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const r = { headers: Object.fromEntries(req.headers), body: await req.text(), at: Date.now() };
      received.push(r);
      return answer(received.length, r);
    },
  });
  return {
    url: `http://127.0.0.1:${server.port}/hook`,
    received,
    /** Waits until `n` requests arrived (bounded), and returns them. */
    async waitFor(n: number, timeoutMs = 5000): Promise<Received[]> {
      const end = Date.now() + timeoutMs;
      while (received.length < n && Date.now() < end) await Bun.sleep(10);
      if (received.length < n) throw new Error(`receiver: expected ${n} requests, got ${received.length}`);
      return received;
    },
    stop: () => server.stop(true),
  };
}
