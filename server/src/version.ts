/** The server's version, from its package.json (shown by /health and the User-Agent of outbound calls). */
import pkg from "../package.json";
export const VERSION: string = pkg.version;
