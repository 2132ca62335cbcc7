/** attach_postmortem: attaches or updates the incident's post-mortem link (which may complete post-incident tasks). */
import { putPostmortem } from "../../domain/post-incident.ts";
import type { ActionModule } from "../types.ts";
import { ActionError, domain, rendered, targetIncident } from "./common.ts";
import { attachPostmortemSpec, type Config } from "../../workflow/actions/attach_postmortem.ts";

export const attachPostmortemAction: ActionModule<Config> = {
  ...attachPostmortemSpec,
  async run(c, ctx) {
    const id = targetIncident(c.incident_id, ctx);
    const url = c.url.trim();
    if (!/^https?:\/\/\S+$/.test(url) || !URL.canParse(url)) throw new ActionError(`url must be an http(s) URL; got "${url.slice(0, 200)}".`);
    const status = rendered("status", c.status, ["draft", "complete"] as const);
    const pm = await domain(putPostmortem(ctx.deps, ctx.actor, id, { url, status }));
    return { kind: "done", output: { incident_id: pm.incident_id, url: pm.url, status: pm.status } };
  },
};
