/**
 * English plurals in interface strings: `{n, plural, one {# recipient} other {# recipients}}` (the ICU
 * message form translators know), `#` standing for the value. Vietnamese nouns do not change with number,
 * so only English strings use it and the rules are English ones.
 */
const RULES = new Intl.PluralRules('en-GB');

const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/**
 * Pages pass counts already formatted ("1,234"), so the digits are read back for the choice; a value
 * that is no number at all takes the "other" form.
 */
function countOf(value: string | number): number {
  if (typeof value === 'number') return value;
  const digits = value.replace(/[^\d.]/g, '');
  return digits ? Number(digits) : Number.NaN;
}

/** Picks each plural's form for its parameter; the value is filled in for `#`. */
export function selectPlurals(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const form = RULES.select(countOf(value)) === 'one' ? one : other;
    return form.replaceAll('#', String(value));
  });
}
