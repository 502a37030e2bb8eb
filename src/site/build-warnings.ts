/**
 * Which of the bundler's (Rolldown's, through Vite) warnings reach the build's output. Every MDX story
 * module starts with Astro's own `"use astro:head-inject"` directive, which Astro reads from the module
 * itself before bundling (head propagation); Rolldown then warns, once per story and over several lines,
 * that the directive "may not be preserved when bundling". That is expected and harmless, and at 200
 * stories it buried the build's real messages. Only that warning is dropped; every other one passes on.
 */

/** A log record as Rolldown hands it to `onLog` (the fields read here). */
interface BundlerLog {
  code?: string;
  message: string;
}

/** The directive Astro's MDX modules carry for head propagation. */
const ASTRO_HEAD_DIRECTIVE = '"use astro:head-inject"';

export function isKnownHarmless(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes(ASTRO_HEAD_DIRECTIVE);
}

/** For `vite.build.rolldownOptions.onLog`: everything but the known harmless warnings goes to Vite's handler. */
export function onBundlerLog<Level extends string, Log extends BundlerLog>(level: Level, log: Log, handler: (level: Level, log: Log) => void): void {
  if (level === 'warn' && isKnownHarmless(log)) return;
  handler(level, log);
}
