/**
 * Published test vectors (see /work/shared/reference/webhooks.md §6), byte-exact: payloads have no trailing
 * newline, and "\\" is one literal backslash of the payload. (Not String.raw: Bun 1.4.5's transpiler rewrites
 * non-ASCII characters inside a raw template into \u escapes, which changes the bytes.)
 */

/** Body-only HMAC-SHA256 as lowercase hex: the X-Tripwire-Signature format, keyed with the secret's UTF-8 bytes. */
export interface HexVector {
  name: string;
  secret: string;
  payload: string;
  signature: string;
}

export const hexVectors: HexVector[] = [
  {
    name: "GitHub docs (validating-webhook-deliveries)",
    secret: "It's a Secret to Everybody",
    payload: "Hello, World!",
    signature: "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
  },
  {
    name: "octokit verify.test.ts: mysecret",
    secret: "mysecret",
    payload: '{"foo":"bar"}',
    signature: "4864d2759938a15468b5df9ade20bf161da9b4f737ea61794142f3484236bda3",
  },
  {
    name: "octokit: escapes and U+2665 (3 UTF-8 bytes each)",
    secret: "development",
    payload: '{"foo":"Foo\\n\\u001B[34mbar: ♥♥♥♥♥♥♥♥\\nthis-is-lost\\u001B[0m\\u001B[2K"}',
    signature: "afecc3caa27548bb90d51a50384cb2868b9a3327b4ad6a01c9bd4ed0f8b0b12c",
  },
  {
    name: "octokit: lowercase \\u001b",
    secret: "development",
    payload: '{"foo":"\\\\u001b"}',
    signature: "6f8326efbacfbd04e870cea25b5652e635be8c9807f2fd5348ef60753c9e96ed",
  },
  {
    name: "self-computed §6.8: Tripwire envelope",
    secret: "kodo_test_secret",
    payload: '{"event":"incident.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"inc_123"}}',
    signature: "b6d1148a963d7d8f13ae38ff27d2244f0bc05d69a69e84fa989417e738bfc7aa",
  },
  {
    name: "self-computed §6.8: \\u00e9 escape and a raw ☕ (120 bytes)",
    secret: "kodo_test_secret",
    payload: '{"event":"incident.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"inc_123","title":"Caf\\u00e9 ☕ down"}}',
    signature: "53b9962254ebd8320efd03c600d51b249a8c23ce5b2d25b8080765ea863df091",
  },
  {
    name: "Convoy signature-vectors.json: simple SHA256 hex",
    secret: "convoy-webhook-secret",
    payload: '{"event":"charge.success","amount":1000,"currency":"NGN"}',
    signature: "244449b7f48cbc2709060c9dcdc2b3aa47a78f540430579015c579fb12defbb4",
  },
  {
    name: "go-pagerduty webhookv3_test.go: 1655-byte body",
    secret: "lDQHScfUeXUKaQRNF+8XIiDKZ7XX3itBAYzwU0TARw8lJqRnkKl2iB1anSb0Z+IK",
    payload: "{\"event\":{\"id\":\"01BWDWL3NYY7LUFPZCC28QUCMK\",\"event_type\":\"incident.priority_updated\",\"resource_type\":\"incident\",\"occurred_at\":\"2021-04-26T17:36:27.458Z\",\"agent\":{\"html_url\":\"https://acme.pagerduty.com/users/PLH1HKV\",\"id\":\"PLH1HKV\",\"self\":\"https://api.pagerduty.com/users/PLH1HKV\",\"summary\":\"Tenex Engineer\",\"type\":\"user_reference\"},\"client\":null,\"data\":{\"id\":\"PGR0VU2\",\"type\":\"incident\",\"self\":\"https://api.pagerduty.com/incidents/PGR0VU2\",\"html_url\":\"https://acme.pagerduty.com/incidents/PGR0VU2\",\"number\":2,\"status\":\"triggered\",\"title\":\"A little bump in the road\",\"service\":{\"html_url\":\"https://acme.pagerduty.com/services/PF9KMXH\",\"id\":\"PF9KMXH\",\"self\":\"https://api.pagerduty.com/services/PF9KMXH\",\"summary\":\"API Service\",\"type\":\"service_reference\"},\"assignees\":[{\"html_url\":\"https://acme.pagerduty.com/users/PTUXL6G\",\"id\":\"PTUXL6G\",\"self\":\"https://api.pagerduty.com/users/PTUXL6G\",\"summary\":\"User 123\",\"type\":\"user_reference\"}],\"escalation_policy\":{\"html_url\":\"https://acme.pagerduty.com/escalation_policies/PUS0KTE\",\"id\":\"PUS0KTE\",\"self\":\"https://api.pagerduty.com/escalation_policies/PUS0KTE\",\"summary\":\"Default\",\"type\":\"escalation_policy_reference\"},\"teams\":[{\"html_url\":\"https://acme.pagerduty.com/teams/PFCVPS0\",\"id\":\"PFCVPS0\",\"self\":\"https://api.pagerduty.com/teams/PFCVPS0\",\"summary\":\"Engineering\",\"type\":\"team_reference\"}],\"priority\":{\"html_url\":\"https://acme.pagerduty.com/account/incident_priorities\",\"id\":\"PSO75BM\",\"self\":\"https://api.pagerduty.com/priorities/PSO75BM\",\"summary\":\"P1\",\"type\":\"priority_reference\"},\"urgency\":\"high\",\"conference_bridge\":{\"conference_number\":1000,\"conference_url\":\"https://example.com\"},\"resolve_reason\":null}}}",
    signature: "0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd",
  },
];

/** §6.8: the same event after JSON.parse → JSON.stringify; its own HMAC, which must not verify the original. */
export const reserialized = {
  secret: "kodo_test_secret",
  original: hexVectors[5]!,
  payload: '{"event":"incident.created","timestamp":"2026-01-01T00:00:00.000Z","data":{"id":"inc_123","title":"Café ☕ down"}}',
  signature: "dbfe77e60677397356a9f48c3662c4cf93ef6f102737e8b21f5252a926693391",
};

/** Negative cases from octokit's verify.test.ts. */
export const octokitNegatives = { secret: "mysecret", payload: '{"foo":"bar"}', wrongSignature: "foo", wrongSecret: "foo" };

/** Standard Webhooks reference vector (same value in the JS, Python, Go, C#, Java and PHP suites and Svix). */
export const standardVector = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
  /** Each must fail on its own with no_match. */
  invalid: [
    "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=", // Python suite: last char changed
    "v1,dawfeoifkpqwoekfpqoekf",
    "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=".slice(0, 8), // partial: the first 8 chars
    "v1,",
  ],
  /** The multi-signature decoy list from the suites: must verify. */
  decoys: [
    "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
    "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
    "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
  ].join(" "),
};

/** Svix docs example: an 18-byte key, below the spec's 24-byte minimum, which we accept (not enforced). */
export const svixDocsVector = {
  secret: "whsec_plJ3nmyCDGBKInavdOK15jsl",
  id: "msg_loFOjxBNrRLzqYUf",
  timestamp: 1731705121,
  payload: '{"event_type":"ping","data":{"success":true}}',
  signature: "v1,rAvfW3dJ/X/qxhsaXPOyyCGmRKsaKWcsNccKXlIktD0=",
};
