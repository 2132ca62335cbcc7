/**
 * Real receivers on 127.0.0.1 for notification tests: a Slack-like incoming-webhook server that answers as Slack
 * documents, and an SMTP server (smtp-server) that keeps every message it accepts.
 */
import { SMTPServer } from "smtp-server";

export interface SlackRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The JSON body, or null when it was not JSON. */
  json: { text?: unknown; blocks?: unknown } | null;
}

/**
 * Paths (any prefix, e.g. /services/T000/B000/<answer>): `…/ok` 200 `ok`; `…/invalid` 400 `invalid_payload`;
 * `…/gone` 404 `no_service`; `…/limited` 429 `rate_limited` with `Retry-After: 30`; `…/archived` 410
 * `channel_is_archived`; `…/forbidden` 403 `action_prohibited`. Like Slack, a body that is not JSON with a `text`
 * or `blocks` gets 400 `invalid_payload` whatever the path.
 */
export function startSlackReceiver() {
  const received: SlackRequest[] = [];
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const path = new URL(req.url).pathname;
      const body = await req.text();
      let json: SlackRequest["json"] = null;
      try {
        json = JSON.parse(body);
      } catch {}
      received.push({ path, headers: Object.fromEntries(req.headers), body, json });
      const plain = (text: string, status: number, headers: Record<string, string> = {}) =>
        new Response(text, { status, headers: { "content-type": "text/html", ...headers } });
      if (!json || (typeof json.text !== "string" && !Array.isArray(json.blocks))) return plain("invalid_payload", 400);
      const answer = path.split("/").pop();
      switch (answer) {
        case "ok":
          return plain("ok", 200);
        case "invalid":
          return plain("invalid_payload", 400);
        case "gone":
          return plain("no_service", 404);
        case "limited":
          return plain("rate_limited", 429, { "retry-after": "30" });
        case "archived":
          return plain("channel_is_archived", 410);
        case "forbidden":
          return plain("action_prohibited", 403);
        default:
          return plain("no_service", 404);
      }
    },
  });
  const base = `http://127.0.0.1:${server.port}/services/T000/B000`;
  return {
    /** `url("ok")` → a webhook URL that answers 200 `ok`. */
    url: (answer: "ok" | "invalid" | "gone" | "limited" | "archived" | "forbidden") => `${base}/${answer}`,
    received,
    async waitFor(n: number, timeoutMs = 5000): Promise<SlackRequest[]> {
      const end = Date.now() + timeoutMs;
      while (received.length < n && Date.now() < end) await Bun.sleep(10);
      if (received.length < n) throw new Error(`slack receiver: expected ${n} requests, got ${received.length}`);
      return received;
    },
    stop: () => server.stop(true),
  };
}

export interface Mail {
  from: string;
  to: string[];
  raw: string;
  /** Decoded header value. */
  subject: string;
  /** The raw message with quoted-printable soft breaks and escapes undone, for `toContain` checks. */
  decoded: string;
  /** When it arrived (ms). */
  at: number;
}

/** Undoes quoted-printable (soft line breaks, =XX escapes) as UTF-8. Enough to search a message's text. */
export function decodeQuotedPrintable(s: string): string {
  const joined = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const m = /^=([0-9A-F]{2})/.exec(joined.slice(i, i + 3));
    if (m) {
      bytes.push(Number.parseInt(m[1]!, 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(joined[i]!)) bytes.push(b);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header value. */
function decodeHeader(v: string): string {
  return v
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replaceAll("_", " ")),
    );
}

/**
 * An SMTP server on 127.0.0.1 (no TLS, no auth). Recipients at `@reject.test` are refused with 550, so tests can
 * see an SMTP error.
 */
export async function startSmtpSink() {
  const inbox: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address.endsWith("@reject.test")) {
        const e = new Error("5.1.1 Mailbox unavailable") as Error & { responseCode: number };
        e.responseCode = 550;
        return cb(e);
      }
      cb();
    },
    onData(stream, session, cb) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (c: string) => (raw += c));
      stream.on("end", () => {
        const headerBlock = raw.split(/\r?\n\r?\n/)[0] ?? "";
        const unfolded = headerBlock.replace(/\r?\n[ \t]+/g, " ");
        const subject = /^subject: (.*)$/im.exec(unfolded)?.[1] ?? "";
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        inbox.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, subject: decodeHeader(subject), decoded: decodeQuotedPrintable(raw), at: Date.now() });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    async waitFor(n: number, timeoutMs = 5000): Promise<Mail[]> {
      const end = Date.now() + timeoutMs;
      while (inbox.length < n && Date.now() < end) await Bun.sleep(10);
      if (inbox.length < n) throw new Error(`smtp sink: expected ${n} messages, got ${inbox.length}`);
      return inbox;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
