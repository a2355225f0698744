import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { draftContentSchema } from '../../../shared/drafts/draft';
import { parseUnknown } from '../../../shared/parse';
import { CONTENT_CHECKLIST } from '../../../shared/policy/catalogue';
import { evaluateChecklist, scannedKinds } from '../../../shared/policy/checklist';
import { departmentContacts, departmentSchema } from '../../../shared/policy/department';
import type { Finding, ScanContext } from '../../../shared/policy/finding';
import { SCANNERS, scanText } from '../../../shared/policy/scanners';
import type { CliContext } from '../cli-context';

/** Input this command cannot read: exit 2, as the issue asks, with the reason on stderr. */
class Unreadable extends Error {}

const draftFileSchema = draftContentSchema.extend({ pages: z.array(z.string()).optional() });

/**
 * `social-desk check FILE`: the content checklist for a post body (.txt) or a draft (.json), with
 * every finding. Exit 0 with no findings, 1 with findings, 2 for input it cannot read.
 */
export async function check(context: CliContext): Promise<number> {
  try {
    const [file, ...extra] = context.args;
    if (file === undefined || extra.length > 0)
      throw new Unreadable('Give one file: social-desk check FILE (.txt or .json).');
    const scan: ScanContext = { department: await departmentOption(context.options.department) };
    const fields = await readFields(file);
    const findings: (Finding & { field?: string })[] = [];
    for (const [field, text] of Object.entries(fields)) {
      for (const finding of scanText(text, scan)) {
        findings.push(Object.keys(fields).length > 1 ? { ...finding, field } : finding);
      }
    }
    const checklist = evaluateChecklist(CONTENT_CHECKLIST, {
      findings,
      attested: new Set(),
      scannedKinds: scannedKinds(SCANNERS),
    });
    context.io.out(
      JSON.stringify(
        {
          findings: findings.map(({ kind, section, start, end, text, message, field }) => ({
            kind,
            section,
            start,
            end,
            text,
            message,
            ...(field ? { field } : {}),
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

async function readFields(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    throw new Unreadable(`Cannot read ${file} as UTF-8 text (${(error as Error).message}).`);
  }
  if (extname(file).toLowerCase() === '.txt') return { body: text };
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
  return { title: draft.value.title, body: draft.value.body };
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
  return departmentContacts(department.value);
}
