import { z } from 'zod';
import { TEMPLATES } from '../drafts/templates';
import { type Result, failure, ok } from '../result';

/**
 * A refused request, said in words a CAT member reads: each field by a readable name with what is
 * wrong with it ("Reason: Say why in at least 10 characters: the approver reads it."), never zod's
 * developer dump (✖, →, field paths). The renderer's check and the main process's give the same
 * words, so what a person sees does not depend on which side caught it.
 */

const KIND_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a set of named fields',
  array: 'a list',
  null: 'nothing',
  undefined: 'nothing',
  date: 'a date',
};

/** What a value that came in is, for "expected text, received a number". */
function kindOf(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  const kind = typeof input;
  if (kind === 'number') return Number.isInteger(input) ? 'a whole number' : 'a number';
  return KIND_WORDS[kind] ?? kind;
}

function counted(amount: number | bigint, unit: string): string {
  const n = typeof amount === 'bigint' ? Number(amount) : amount;
  return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}

const UNIT: Readonly<Record<string, string>> = {
  string: 'character',
  array: 'item',
  set: 'item',
  file: 'byte',
};

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  uuid: 'is not an identifier Social Desk gave',
  guid: 'is not an identifier Social Desk gave',
  email: 'is not an email address',
  url: 'is not a web address',
  datetime: 'is not a date and time',
  date: 'is not a date (year-month-day, as 2026-12-01)',
  time: 'is not a time of day',
};

/** A refusal echoes what was sent only so far: a request with 500 stray fields is one line. */
export const ECHOED_KEYS_MAX = 5;
const ECHOED_KEY_CHARS = 40;

function someKeys(keys: readonly string[]): string {
  const shown = keys
    .slice(0, ECHOED_KEYS_MAX)
    .map(
      (key) =>
        `“${key.length > ECHOED_KEY_CHARS ? `${key.slice(0, ECHOED_KEY_CHARS - 1)}…` : key}”`,
    )
    .join(', ');
  const more = keys.length - ECHOED_KEYS_MAX;
  return more > 0 ? `${shown} and ${more.toLocaleString('en-US')} more` : shown;
}

/**
 * Words for the issues a schema gives no message of its own; a message written in a schema (the
 * contract's "Say why in at least 10 characters…") is kept, as zod prefers it over this map.
 */
function plainIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = KIND_WORDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return 'missing: fill it in';
      return `expected ${expected}, received ${kindOf(issue.input)}`;
    }
    case 'too_small': {
      const unit = UNIT[issue.origin];
      if (issue.origin === 'string' && issue.minimum === 1) return 'is empty: fill it in';
      return unit
        ? `give at least ${counted(issue.minimum, unit)}`
        : `must be at least ${String(issue.minimum)}`;
    }
    case 'too_big': {
      const unit = UNIT[issue.origin];
      return unit
        ? `give at most ${counted(issue.maximum, unit)}`
        : `must be at most ${String(issue.maximum)}`;
    }
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'a field' : 'fields'} Social Desk does not take: ${someKeys(issue.keys)}`;
    case 'invalid_value':
      return `choose one of ${issue.values.map((value) => `“${String(value)}”`).join(', ')}`;
    case 'invalid_format':
      // The format's own name ("regex", "datetime") means nothing to a CAT member.
      return FORMAT_WORDS[issue.format] ?? 'is not written the way Social Desk expects';
    default:
      return undefined;
  }
}

/** `grantedBy` → "Granted by", `["itemIds", 2]` → "Item ids, number 3". */
export function fieldName(path: readonly PropertyKey[]): string {
  const words = path.map((part) =>
    typeof part === 'number'
      ? `number ${part + 1}`
      : String(part)
          .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
          .toLowerCase(),
  );
  const name = words.join(', ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A template's field by the label the person sees: ["fields", "last-seen"] → "Last seen (…)". */
function templateFieldLabel(path: readonly PropertyKey[]): string | undefined {
  if (path.length !== 2 || path[0] !== 'fields') return undefined;
  return TEMPLATES.flatMap((template) => template.fields).find((field) => field.id === path[1])
    ?.label;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Each issue as "Field: what is wrong.", one sentence each, repeated words said once. */
export function requestIssuesInWords(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const what = sentence(issue.message);
    // A problem with the request as a whole names no field.
    if (issue.path.length === 0) return what;
    const name = templateFieldLabel(issue.path) ?? fieldName(issue.path);
    // A message that already names its field ("Fill in “Age”…") is not prefixed with it again.
    return what.includes(`“${name}”`) ? what : `${name}: ${what}`;
  });
  return [...new Set(lines)].join(' ');
}

/** Parses a request from outside (the renderer, the bridge), refusing it in words. */
export function parseRequest<T extends z.ZodType>(schema: T, value: unknown): Result<z.output<T>> {
  const parsed = schema.safeParse(value, { error: plainIssue });
  if (parsed.success) return ok(parsed.data);
  return failure('invalid-request', requestIssuesInWords(parsed.error.issues));
}
