// Bun imports YAML natively; this tells TypeScript what such an import is.
declare module "*.yaml" {
  const value: Record<string, unknown>;
  export default value;
}
