/** Checks of `redirects.yaml` that need no build, for the validator: each old address once, and no redirect to a redirect. */
import type { Redirect } from '../schemas/redirect.ts';
import type { Located } from './integrity.ts';
import { problem, type Problem } from './problems.ts';

export function checkRedirects(redirects: readonly Located<Redirect>[]): Problem[] {
  const problems: Problem[] = [];
  const from = new Map<string, Located<Redirect>>();
  for (const r of redirects) {
    const earlier = from.get(r.data.from);
    if (earlier) problems.push(problem(r.file, `${r.prefix}.from`, 'redirect-duplicate', { value: r.data.from, other: earlier.prefix }));
    else from.set(r.data.from, r);
  }
  for (const r of redirects)
    if (from.has(r.data.to)) problems.push(problem(r.file, `${r.prefix}.to`, 'redirect-loop', { value: r.data.to }));
  return problems;
}
