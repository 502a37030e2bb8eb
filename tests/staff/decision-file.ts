import yaml from 'js-yaml';

/** The front matter of a decision file, read as the validator reads it (dates as text). */
export function frontmatter(text: string): unknown {
  return yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '', { schema: yaml.CORE_SCHEMA });
}
