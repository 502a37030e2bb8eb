import yaml from 'js-yaml';

/** YAML as staff would type it: Vietnamese letters as they are, long lines unbroken, dates unquoted. */
export function dumpYaml(data: unknown): string {
  return yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
}
