// This file is generated from openapi.yaml by scripts/gen.ts. Do not edit.

/** `info.version` of the openapi.yaml this code was generated from. */
export const CONTRACT_VERSION = "0.1.0";

/** This package's version (sdk/package.json), sent as `X-Tripwire-Client: sdk/<version>`. */
export const SDK_VERSION = "0.1.0";
