/**
 * The zod plugin configuration for @hey-api/openapi-ts, with two resolvers
 * (see ../shared/reference/stack.md §2.3 for why each exists).
 * The resolver context is an internal shape of the pinned 0.99.0 release, hence `any`.
 */
// biome-ignore lint: hey-api's resolver context is untyped in its public API
type Ctx = any;

/** True for schemas that describe query, path or header parameters (they arrive as strings). */
const inParams = (ctx: Ctx): boolean => {
  const p: string[] = ctx.path?.["~ref"] ?? [];
  return p[0] === "paths" && ["query", "path", "headers"].includes(p[3] ?? "");
};

export const zodPlugin = {
  name: "zod",
  // RFC 3339 allows offsets (e.g. +01:00); clients should not have to convert to Z themselves.
  dates: { offset: true },
  $resolvers: {
    // additionalProperties: false → reject unknown keys instead of silently dropping them.
    object(ctx: Ctx) {
      const { $, symbols: { z } } = ctx;
      const ap = ctx.schema.additionalProperties;
      if (ap === false || ap?.type === "never") return $(z).attr("strictObject").call(ctx.nodes.shape(ctx));
      // additionalProperties: true beside declared properties → keep the extra keys (e.g. an action's config).
      if ((ap === true || ap?.type === "unknown") && Object.keys(ctx.schema.properties ?? {}).length > 0) {
        return $(z).attr("looseObject").call(ctx.nodes.shape(ctx));
      }
    },
    // Query/path/header numbers arrive as strings. `z.coerce.number()` takes whatever Number() takes ("0x10",
    // "1e1", "0b11", " 5"), so the string must first be plain decimal digits; only then is it converted and
    // range-checked (z.int() also refuses digits past Number.MAX_SAFE_INTEGER). The number chain is built as the stock resolver would (base, minimum, maximum).
    number(ctx: Ctx) {
      if (!inParams(ctx)) return;
      const { $, symbols: { z } } = ctx;
      const integer = ctx.schema.type === "integer";
      const negative = ctx.schema.minimum === undefined || ctx.schema.minimum < 0;
      const digits = `^${negative ? "-?" : ""}[0-9]+${integer ? "" : "(\\.[0-9]+)?"}$`;
      const expected = `Expected ${integer ? "an integer" : "a number"} in plain decimal digits${integer ? ", e.g. 20" : ", e.g. 2.5"}.`;
      ctx.chain.current = $(z).attr(integer ? "int" : "number").call();
      for (const node of [ctx.nodes.min, ctx.nodes.max]) {
        const next = node(ctx);
        if (next) ctx.chain.current = next;
      }
      return $(z).attr("string").call().attr("regex").call($.regexp(digits), $.object().prop("error", $.literal(expected))).attr("transform").call($("Number")).attr("pipe").call(ctx.chain.current);
    },
  },
} as const;
