/**
 * GET /docs: Swagger UI for our own openapi.yaml, with every asset served from this server (no CDN, so the page
 * works offline and behind strict firewalls). @elysiajs/swagger serves the spec at /docs/json; its own page
 * would load Swagger UI from unpkg, so ours is registered after it and takes /docs.
 */
import { swagger } from "@elysiajs/swagger";
import { Elysia } from "elysia";
import { dirname, join } from "node:path";
import spec from "../../../openapi.yaml";
import { VERSION_HEADERS } from "../version.ts";

const uiDir = dirname(require.resolve("swagger-ui-dist/package.json"));
const ASSETS: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Tripwire API docs</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({ url: "/docs/json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: false });
  </script>
</body>
</html>`;

/** Paths served outside the contract: the docs themselves. The contract-coverage test allows exactly these. */
export const DOCS_PATHS = ["/docs", "/docs/json", "/docs/assets/:file"] as const;

export function docsRoutes(app: Elysia, requestId: (r: Request) => string): void {
  // A separate instance, so this hook (which makes Elysia rebuild the response) covers the docs only.
  const docs = new Elysia({ name: "tripwire-docs" })
    .onAfterHandle({ as: "local" }, ({ request, set }) => {
      set.headers["x-request-id"] = requestId(request);
      Object.assign(set.headers, VERSION_HEADERS);
    })
    .use(
      swagger({
        path: "/docs",
        specPath: "/docs/json",
        provider: "swagger-ui",
        // biome-ignore lint: the plugin's type is OpenAPI 3.0; our file is 3.1 and passes through unchanged
        documentation: spec as any,
        exclude: [/.*/],
      }),
    )
    .get("/docs", () => new Response(PAGE, { headers: { "content-type": "text/html; charset=utf-8" } }))
    .get("/docs/assets/:file", ({ params }) => {
      const type = ASSETS[params.file];
      if (!type) return new Response("Not found", { status: 404 });
      return new Response(Bun.file(join(uiDir, params.file)), { headers: { "content-type": type, "cache-control": "public, max-age=86400" } });
    });
  app.use(docs);
}
