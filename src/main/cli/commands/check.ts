import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { DRAFT_BODY_MAX, draftContentObjectSchema } from '../../../shared/drafts/draft';
import { pageRequestSchema } from '../../../shared/pages/page';
import { parseUnknown } from '../../../shared/parse';
import type { ItemEvaluation } from '../../../shared/policy/checklist';
import {
  type Department,
  departmentContacts,
  departmentSchema,
} from '../../../shared/policy/department';
import { draftChecklist } from '../../../shared/policy/draft-checklist';
import type { Finding } from '../../../shared/policy/finding';
import { pageDesignChecklist } from '../../../shared/policy/page-checklist';
import type { PostTarget } from '../../../shared/policy/platform-check';
import { KNOWN_PLATFORMS, targetsFromNames } from '../../../shared/policy/target-names';
import { DeskFailure } from '../../ipc/desk-failure';
import { readJsonFile } from '../../storage/read-json-file';
import type { CliContext } from '../cli-context';

/** Input this command cannot read: exit 2, as the issue asks, with the reason on stderr. */
export class Unreadable extends Error {}

/** A draft file names its pages as a person would: see `targetsFromNames`. */
export const draftFileSchema = draftContentObjectSchema.extend({
  pages: z.array(z.string().min(1)).max(200).optional(),
});

/** Longer than any platform's about text; a bound on what the checks read. */
const INTRO_MAX = 20_000;

/** A page file: the page as `pages add` records it, with the intro statement to check. */
const pageFileSchema = pageRequestSchema
  .partial({ platform: true, name: true, url: true })
  .extend({
    introStatement: z
      .string({ error: 'A page file needs its introStatement (the text to check)' })
      .max(
        INTRO_MAX,
        `An intro statement has at most ${INTRO_MAX.toLocaleString('en-US')} characters`,
      ),
  })
  .strict();

type CheckInput =
  | {
      readonly kind: 'draft';
      readonly title: string;
      readonly body: string;
      readonly pages: readonly string[];
      readonly fields: boolean;
    }
  | {
      readonly kind: 'intro';
      readonly introStatement: string;
      readonly audience: string | undefined;
    };

/**
 * `social-desk check FILE`: the content checklist for a post body (.txt) or a draft (.json), or
 * the page-design checklist for an intro statement (a page .json with `introStatement`, or a .txt
 * with --intro). Exit 0 when nothing is found, 1 when something is, 2 for input it cannot read.
 */
export async function check(context: CliContext): Promise<number> {
  try {
    const [file, ...extra] = context.args;
    if (file === undefined || extra.length > 0)
      throw new Unreadable('Give one file: social-desk check FILE (.txt or .json).');
    const department = await departmentOption(context.options.department);
    const contacts = department && departmentContacts(department);
    const input = await readInput(file, context.options.intro === true, context.options.audience);
    if (input.kind === 'intro') {
      const { findings, items } = pageDesignChecklist(
        { audience: input.audience },
        input.introStatement,
        new Set(),
        { department: contacts },
      );
      return printIntroChecklist(context, findings, items);
    }
    const { findings, items } = draftChecklist(input, undefined, undefined, {
      department: contacts,
      targets: resolveTargets(input.pages, department),
    });
    print(
      context,
      findings.map((finding) => (input.fields ? finding : { ...finding, field: undefined })),
      items,
    );
    return findings.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    context.io.err(`social-desk: ${error.message}`);
    return 2;
  }
}

/**
 * The page-design checklist as `check --intro` prints it (`pages intro` too, with `extra` keys
 * before it); exit 1 when something is found or an item is open.
 */
export function printIntroChecklist(
  context: CliContext,
  findings: readonly Finding[],
  items: readonly ItemEvaluation[],
  extra: object = {},
): number {
  print(
    context,
    findings,
    items,
    (item) => ({ ...(item.state === 'open' ? { missing: item.reason } : {}) }),
    extra,
  );
  // A statement that leaves out what the directive asks it to say is a finding too.
  return findings.length === 0 && items.every((e) => e.state !== 'open') ? 0 : 1;
}

function print(
  context: CliContext,
  findings: readonly (Finding & { field?: string | undefined })[],
  items: readonly ItemEvaluation[],
  more: (item: ItemEvaluation) => object = () => ({}),
  extra: object = {},
) {
  const output = {
    ...extra,
    findings: findings.map(({ kind, section, start, end, text, message, field, target }) => ({
      kind,
      section,
      start,
      end,
      text,
      message,
      ...(field ? { field } : {}),
      ...(target ? { page: target.page } : {}),
    })),
    checklist: items.map((evaluation) => ({
      id: evaluation.item.id,
      section: evaluation.item.section,
      state: evaluation.state,
      ...more(evaluation),
    })),
  };
  context.io.out(JSON.stringify(output, null, 2));
}

function resolveTargets(
  names: readonly string[],
  department: Department | undefined,
): PostTarget[] {
  const { targets, unknown } = targetsFromNames(names, department?.pages);
  if (unknown.length > 0) {
    throw new Unreadable(
      `The draft's pages ${unknown.map((name) => `"${name}"`).join(', ')} are not pages of the department file (--department), page URLs or platforms Social Desk knows (${KNOWN_PLATFORMS.join(', ')}).`,
    );
  }
  return targets;
}

async function readInput(
  file: string,
  intro: boolean,
  audience: string | boolean | undefined,
): Promise<CheckInput> {
  const extension = extname(file).toLowerCase();
  const text = await readCapped(file, extension === '.txt' ? (intro ? 'intro' : 'body') : 'json');
  const audienceOption = typeof audience === 'string' ? audience : undefined;
  if (extension === '.txt') {
    if (text.trim() === '')
      throw new Unreadable(
        `${file} is ${text === '' ? 'empty' : 'only white space'}: there is nothing to check. Give the file holding the post's text.`,
      );
    const cap = intro ? INTRO_MAX : DRAFT_BODY_MAX;
    if (text.length > cap) throw new Unreadable(tooLong(file, text.length, intro));
    if (!intro) return { kind: 'draft', title: '', body: text, pages: [], fields: false };
    return { kind: 'intro', introStatement: text, audience: audienceOption };
  }
  if (extension !== '.json')
    throw new Unreadable(
      `${file}: give a .txt post body (or intro statement, with --intro), a .json draft {title, body, category, pages?} or a .json page {platform, name, url, audience, introStatement}.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Unreadable(`${file} is not valid JSON (${(error as Error).message}).`);
  }
  if (intro || (typeof json === 'object' && json !== null && 'introStatement' in json)) {
    const page = parseUnknown(pageFileSchema, json, `The page in ${file}`);
    if (!page.ok) throw new Unreadable(page.error.message);
    if (page.value.introStatement.trim() === '')
      throw new Unreadable(`The introStatement in ${file} is empty: there is nothing to check.`);
    return {
      kind: 'intro',
      introStatement: page.value.introStatement,
      audience: page.value.audience ?? audienceOption,
    };
  }
  const draft = parseUnknown(draftFileSchema, json, `The draft in ${file}`);
  if (!draft.ok) throw new Unreadable(draft.error.message);
  const { title, body, pages = [] } = draft.value;
  return { kind: 'draft', title, body, pages, fields: true };
}

function tooLong(file: string, characters: number | undefined, intro: boolean): string {
  const cap = intro ? INTRO_MAX : DRAFT_BODY_MAX;
  const what = intro ? 'an intro statement' : 'a draft body';
  const has =
    characters === undefined
      ? 'is larger than that'
      : `has ${characters.toLocaleString('en-US')} characters`;
  return `${file} ${has}: ${what} has at most ${cap.toLocaleString('en-US')} characters. Nothing was checked; check a shorter text.`;
}

/**
 * A UTF-8 character takes at most 3 bytes per UTF-16 unit (what the caps count), so a file larger
 * than 3 bytes per allowed character is refused from its size alone, before it is read or decoded:
 * a 5 MB file once took 10 s and 694 MiB. A draft .json may escape every character (\uXXXX, 6
 * bytes), plus its title and page names.
 */
const BYTES_PER_CHARACTER = 3;
const JSON_MAX_BYTES = 6 * DRAFT_BODY_MAX + 64 * 1024;

export async function readCapped(file: string, kind: 'body' | 'intro' | 'json'): Promise<string> {
  const maxBytes =
    kind === 'json'
      ? JSON_MAX_BYTES
      : BYTES_PER_CHARACTER * (kind === 'intro' ? INTRO_MAX : DRAFT_BODY_MAX);
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) {
        throw new Unreadable(
          kind === 'json'
            ? `${file} has ${size.toLocaleString('en-US')} bytes: larger than any draft or page file can be (a body has at most ${DRAFT_BODY_MAX.toLocaleString('en-US')} characters). Nothing was checked.`
            : tooLong(file, undefined, kind === 'intro'),
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Unreadable) throw error;
    throw new Unreadable(`Cannot read ${file} (${(error as Error).message}).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Unreadable(`Cannot read ${file} as UTF-8 text (${(error as Error).message}).`);
  }
}

async function departmentOption(option: string | boolean | undefined) {
  if (typeof option !== 'string') return undefined;
  try {
    const department = await readJsonFile(
      option,
      departmentSchema,
      'The department file',
      'give a file shaped like shared/samples/department.json.',
    );
    if (department === undefined) throw new Unreadable(`There is no department file ${option}.`);
    return department;
  } catch (error) {
    // Whatever is wrong with the file is input this command cannot read: exit 2.
    if (error instanceof DeskFailure) throw new Unreadable(error.message);
    throw error;
  }
}
