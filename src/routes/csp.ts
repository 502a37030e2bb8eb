/**
 * The Content-Security-Policy every page carries (as a meta tag, so any static host serves it): only
 * the site's own files. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs without its web
 * worker (src/scripts/search/pagefind.ts), so no worker may start; no inline script or style runs
 * (JSON-LD is data, not script; astro.config.mjs keeps stylesheets external).
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/**
 * The policy as an HTTP header (public/_headers, docs/nginx.conf): a header can also forbid framing,
 * which a meta tag cannot (`frame-ancestors` is ignored there), so no other site can overlay the portal.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
