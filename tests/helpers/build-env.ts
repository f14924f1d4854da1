/**
 * The environment for a build started from a test, as `npm run build` gets it: vitest sets
 * NODE_ENV=test, with which Vite builds the development branches into the site's scripts, so
 * such a build would differ from the published one.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env.NODE_ENV;
  return env;
}
