import { describe, expect, test } from "bun:test";
import { HttpResponse } from "msw";
import { orThrow, TripwireError } from "../src/index.ts";
import { incident, testClient } from "./fixtures.ts";
import { http, problem, problemResponse, server, useMsw } from "./msw.ts";

useMsw();

describe("orThrow", () => {
  test("returns the data of a success", async () => {
    server.use(http.get("/incidents/{incidentId}", ({ params, response }) => response(200).json(incident({ id: params.incidentId }))));
    const client = testClient();
    const found = await client.orThrow(client.GET("/incidents/{incidentId}", { params: { path: { incidentId: "inc_7" } } }));
    expect(found.id).toBe("inc_7");
  });

  test("turns a 422 problem document into a TripwireError with its field errors", async () => {
    const invalid = problem(422, "Validation failed", "1 field is invalid.", {
      request_id: "req_422",
      errors: [{ in: "body", pointer: "#/title", detail: "Too small: expected string to have >=1 characters" }],
    });
    server.use(http.post("/incidents", ({ response }) => response.untyped(problemResponse(invalid))));
    const client = testClient();
    const error = await client.orThrow(client.POST("/incidents", { body: { title: "" } })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TripwireError);
    const e = error as TripwireError;
    expect(e.name).toBe("TripwireError");
    expect(e.status).toBe(422);
    expect(e.problem).toEqual(invalid);
    expect(e.fieldErrors[0]?.pointer).toBe("#/title");
    expect(e.requestId).toBe("req_422");
    expect(e.response.status).toBe(422);
    expect(e.message).toBe("422 Validation failed: 1 field is invalid. (request req_422)");
  });

  test("keeps a body that is not a problem document, with the request id from the header", async () => {
    server.use(
      http.get("/incidents", ({ response }) =>
        response.untyped(new HttpResponse("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway", headers: { "content-type": "text/html", "x-request-id": "req_proxy" } })),
      ),
    );
    const client = testClient({ retry: false });
    const e = (await client.orThrow(client.GET("/incidents")).catch((x: unknown) => x)) as TripwireError;
    expect(e).toBeInstanceOf(TripwireError);
    expect(e.status).toBe(502);
    expect(e.problem).toBeUndefined();
    expect(e.body).toBe("<html>Bad gateway</html>");
    expect(e.requestId).toBe("req_proxy");
    expect(e.fieldErrors).toEqual([]);
    expect(e.message).toBe("502 Bad Gateway (request req_proxy)");
  });

  test("does not treat JSON without the problem media type as a problem document", async () => {
    server.use(http.get("/incidents", ({ response }) => response.untyped(HttpResponse.json({ title: "x", status: 500 }, { status: 500 }))));
    const client = testClient({ retry: false });
    const e = (await client.orThrow(client.GET("/incidents")).catch((x: unknown) => x)) as TripwireError;
    expect(e.problem).toBeUndefined();
    expect(e.body).toEqual({ title: "x", status: 500 });
  });

  test("returns undefined for a 204", async () => {
    server.use(http.delete("/members/{memberId}", ({ response }) => response(204).empty()));
    const client = testClient();
    await expect(client.orThrow(client.DELETE("/members/{memberId}", { params: { path: { memberId: "mem_1" } } }))).resolves.toBeUndefined();
  });

  test("lets a network error through as it is (there is no response to describe)", async () => {
    server.use(http.get("/incidents", ({ response }) => response.untyped(HttpResponse.error())));
    const client = testClient({ retry: false });
    const error = await orThrow(client.GET("/incidents")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(TripwireError);
  });
});

describe("TripwireError.fromResponse", () => {
  test("reads and parses an unread problem+json response", async () => {
    const res = problemResponse(problem(404, "Not found", "No service svc_1.", { request_id: "req_x" }));
    const e = await TripwireError.fromResponse(res);
    expect(e.status).toBe(404);
    expect(e.problem?.detail).toBe("No service svc_1.");
    expect(e.requestId).toBe("req_x");
  });

  test("keeps an empty body as undefined", async () => {
    const e = await TripwireError.fromResponse(new Response(null, { status: 500, statusText: "Internal Server Error" }));
    expect(e.body).toBeUndefined();
    expect(e.message).toBe("500 Internal Server Error");
  });
});

describe("contract version", () => {
  const problemBody = JSON.stringify({ type: "about:blank", title: "Not found", status: 404, detail: "No incident inc_1.", request_id: "req_v" });
  const answer = (headers: Record<string, string>) =>
    new Response(problemBody, { status: 404, headers: { "content-type": "application/problem+json", ...headers } });

  test("CONTRACT_VERSION is openapi.yaml's info.version and SDK_VERSION is package.json's version", async () => {
    const { CONTRACT_VERSION, SDK_VERSION } = await import("../src/index.ts");
    const spec = Bun.YAML.parse(await Bun.file(new URL("../../openapi.yaml", import.meta.url)).text()) as { info: { version: string } };
    const pkg = (await Bun.file(new URL("../package.json", import.meta.url)).json()) as { version: string };
    expect({ CONTRACT_VERSION, SDK_VERSION }).toEqual({ CONTRACT_VERSION: spec.info.version, SDK_VERSION: pkg.version });
  });

  test("a server on the same contract: versions recorded, message unchanged", async () => {
    const { CONTRACT_VERSION } = await import("../src/index.ts");
    const e = await TripwireError.fromResponse(answer({ "tripwire-version": "9.9.9", "tripwire-contract-version": CONTRACT_VERSION }));
    expect({ server: e.serverVersion, contract: e.serverContractVersion, mismatch: e.contractMismatch }).toEqual({ server: "9.9.9", contract: CONTRACT_VERSION, mismatch: false });
    expect(e.message).toBe("404 Not found: No incident inc_1. (request req_v)");
  });

  test("a server on another contract: the message names both sides", async () => {
    const { CONTRACT_VERSION, SDK_VERSION } = await import("../src/index.ts");
    const e = await TripwireError.fromResponse(answer({ "tripwire-version": "2.4.0", "tripwire-contract-version": "2.0.0" }));
    expect(e.contractMismatch).toBe(true);
    expect(e.message).toBe(
      `404 Not found: No incident inc_1. (request req_v) [server 2.4.0 implements contract 2.0.0; this SDK ${SDK_VERSION} was generated from contract ${CONTRACT_VERSION}]`,
    );
  });

  test("a server (or proxy) that sends no version: nothing claimed", async () => {
    const e = await TripwireError.fromResponse(answer({}));
    expect({ server: e.serverVersion, contract: e.serverContractVersion, mismatch: e.contractMismatch }).toEqual({ server: undefined, contract: undefined, mismatch: false });
  });
});
