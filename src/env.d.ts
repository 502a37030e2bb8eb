type PortalPageContext = import('./site/page-context.ts').PageContext;

declare namespace App {
  /** Set by src/middleware.ts for every page: language, `t`, URLs and formats. */
  interface Locals extends PortalPageContext {}
}
