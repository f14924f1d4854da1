/**
 * Reading the YAML files that Astro's content layer does not read (the published addresses, the
 * search's word list, the pages' versions when read outside a build): one way to parse them and
 * one way to report what is wrong, naming the file, the entry (counted from 1) and the field.
 */
import type { z } from 'astro/zod';
import { load } from 'js-yaml';
import { ContentError } from './content-error';

/** What a list's entries are called in messages: „entry 3“, „group 2 … word 1“, „version 1“. */
export interface ListNames {
  entry: string;
  /** The items of an entry's list field, where its issues name one. */
  item?: string;
}

/** Parses YAML, or throws a `ContentError` naming the file and the first line of the parser's reason. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return load(text);
  } catch (error) {
    throw new ContentError([`${file}: is not valid YAML (${(error as Error).message.split('\n')[0] ?? ''})`]);
  }
}

/** One line per schema issue of a YAML list: the file, which entry, the field and what is wrong. */
export function listProblems(file: string, error: z.ZodError, names: ListNames): string[] {
  return error.issues.flatMap((issue) => {
    const [index, ...path] = issue.path;
    const where = typeof index === 'number' ? `${names.entry} ${String(index + 1)}` : 'the list';
    // Zod reports all unknown keys in one issue at the entry; an author needs each key named.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file}: ${where} field "${key}" is not a known field; check its spelling`);
    }
    const item = names.item !== undefined && typeof path.at(-1) === 'number' ? path.pop() : undefined;
    const field = path.length > 0 ? ` field "${path.map(String).join('.')}"` : '';
    const itemPart = typeof item === 'number' ? ` ${names.item ?? ''} ${String(item + 1)}` : '';
    return [`${file}: ${where}${field}${itemPart} ${issue.message}`];
  });
}

/**
 * Parses a YAML list and checks it with `schema`; throws one `ContentError` with every problem.
 * `empty` stands for a file with nothing in it.
 */
export function parseYamlList<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  names: ListNames,
  empty?: unknown,
): T {
  const parsed = schema.safeParse(parseYaml(text, file) ?? empty);
  if (!parsed.success) throw new ContentError(listProblems(file, parsed.error, names));
  return parsed.data;
}
