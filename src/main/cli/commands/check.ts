import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { draftContentSchema } from '../../../shared/drafts/draft';
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
class Unreadable extends Error {}

/** A draft file names its pages as a person would: see `targetsFromNames`. */
const draftFileSchema = draftContentSchema.extend({
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
      print(context, findings, items, (item) => ({
        ...(item.state === 'open' ? { missing: item.reason } : {}),
      }));
      // A statement that leaves out what the directive asks it to say is a finding too.
      return findings.length === 0 && items.every((e) => e.state !== 'open') ? 0 : 1;
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

function print(
  context: CliContext,
  findings: readonly (Finding & { field?: string | undefined })[],
  items: readonly ItemEvaluation[],
  more: (item: ItemEvaluation) => object = () => ({}),
) {
  const output = {
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
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    throw new Unreadable(`Cannot read ${file} as UTF-8 text (${(error as Error).message}).`);
  }
  const extension = extname(file).toLowerCase();
  const audienceOption = typeof audience === 'string' ? audience : undefined;
  if (extension === '.txt') {
    if (!intro) return { kind: 'draft', title: '', body: text, pages: [], fields: false };
    if (text.length > INTRO_MAX)
      throw new Unreadable(
        `${file} has ${text.length.toLocaleString('en-US')} characters: an intro statement has at most ${INTRO_MAX.toLocaleString('en-US')}.`,
      );
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
