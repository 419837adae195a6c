import { register } from "node:module";

/**
 * `server-only` in db/client needs the react-server condition, under which some imports only work
 * through Next's bundler: it points next/navigation at its server build, and next-intl's client
 * provider (loaded by its root entry) is a client reference there, never run. Outside Next the
 * bench resolves them as that server layer sees them; next-intl's server entry re-exports
 * use-intl/core, so createTranslator is the same function.
 */
const ALIASES: Record<string, string> = {
  "next/navigation": "next/dist/api/navigation.react-server.js",
  "next-intl": "use-intl/core",
};

const HOOK = `const aliases = ${JSON.stringify(ALIASES)};
export async function resolve(specifier, context, next) {
  return next(aliases[specifier] ?? specifier, context);
}`;

/** Resolves later imports as Next's React server layer does; modules that need it must be imported after this, dynamically. */
export function resolveAsReactServer(): void {
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
}
