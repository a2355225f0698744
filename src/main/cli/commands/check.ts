import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { draftContentSchema } from '../../../shared/drafts/draft';
import { parseUnknown } from '../../../shared/parse';
import {
  type Department,
  departmentContacts,
  departmentSchema,
} from '../../../shared/policy/department';
import { draftChecklist } from '../../../shared/policy/draft-checklist';
import type { PostTarget } from '../../../shared/policy/platform-check';
import { KNOWN_PLATFORMS, targetsFromNames } from '../../../shared/policy/target-names';
import type { CliContext } from '../cli-context';

/** Input this command cannot read: exit 2, as the issue asks, with the reason on stderr. */
class Unreadable extends Error {}

/** A draft file names its pages as a person would: see `targetsFromNames`. */
const draftFileSchema = draftContentSchema.extend({
  pages: z.array(z.string().min(1)).max(200).optional(),
});

interface CheckInput {
  readonly title: string;
  readonly body: string;
  readonly pages: readonly string[];
}

/**
 * `social-desk check FILE`: the content checklist for a post body (.txt) or a draft (.json), with
 * every finding. Exit 0 with no findings, 1 with findings, 2 for input it cannot read.
 */
export async function check(context: CliContext): Promise<number> {
  try {
    const [file, ...extra] = context.args;
    if (file === undefined || extra.length > 0)
      throw new Unreadable('Give one file: social-desk check FILE (.txt or .json).');
    const department = await departmentOption(context.options.department);
    const input = await readInput(file);
    const { findings, items: checklist } = draftChecklist(input, undefined, undefined, {
      department: department && departmentContacts(department),
      targets: resolveTargets(input.pages, department),
    });
    const isDraft = extname(file).toLowerCase() === '.json';
    context.io.out(
      JSON.stringify(
        {
          findings: findings.map(({ kind, section, start, end, text, message, field, target }) => ({
            kind,
            section,
            start,
            end,
            text,
            message,
            ...(isDraft ? { field } : {}),
            ...(target ? { page: target.page } : {}),
          })),
          checklist: checklist.map(({ item, state }) => ({
            id: item.id,
            section: item.section,
            state,
          })),
        },
        null,
        2,
      ),
    );
    return findings.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    context.io.err(`social-desk: ${error.message}`);
    return 2;
  }
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

async function readInput(file: string): Promise<CheckInput> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    throw new Unreadable(`Cannot read ${file} as UTF-8 text (${(error as Error).message}).`);
  }
  if (extname(file).toLowerCase() === '.txt') return { title: '', body: text, pages: [] };
  if (extname(file).toLowerCase() !== '.json')
    throw new Unreadable(
      `${file}: give a .txt post body or a .json draft {title, body, category, pages?}.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Unreadable(`${file} is not valid JSON (${(error as Error).message}).`);
  }
  const draft = parseUnknown(draftFileSchema, json, `The draft in ${file}`);
  if (!draft.ok) throw new Unreadable(draft.error.message);
  return { title: draft.value.title, body: draft.value.body, pages: draft.value.pages ?? [] };
}

async function departmentOption(option: string | boolean | undefined) {
  if (typeof option !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(option, 'utf8'));
  } catch (error) {
    throw new Unreadable(
      `Cannot read the department file ${option} (${(error as Error).message}).`,
    );
  }
  const department = parseUnknown(departmentSchema, json, `The department file ${option}`);
  if (!department.ok) throw new Unreadable(department.error.message);
  return department.value;
}
