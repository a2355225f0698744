import {
  type Draft,
  draftIdSchema,
  draftWorkflow,
  latestRevision,
} from '../../../shared/drafts/draft';
import type { Page } from '../../../shared/pages/page';
import { missingTemplateFields } from '../../../shared/drafts/templates';
import { parseUnknown } from '../../../shared/parse';
import { pageNamed } from '../../../shared/policy/target-names';
import { decisionSchema, moveRefusal } from '../../../shared/workflow/workflow';
import { readDraftFile, storeDamaged } from '../../drafts/draft-inspection';
import { draftFile } from '../../drafts/draft-files';
import { DeskFailure } from '../../ipc/desk-failure';
import { postSubject } from '../../workflow/moves';
import { asPerson } from '../as-person';
import type { Services } from '../../services';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';
import { Unreadable, draftFileSchema, readCapped } from './check';

function draftIdArgument(value: string | undefined, usage: string): string {
  const id = draftIdSchema.safeParse(value);
  if (!id.success) {
    throw new CliUsageError(
      `${value === undefined ? 'Give the draft’s id' : `${value} is not a draft id`}: ${usage}. \`social-desk drafts list\` shows the ids.`,
    );
  }
  return id.data;
}

function noMoreArguments(extra: readonly string[], usage: string): void {
  if (extra.length > 0) throw new CliUsageError(`Unexpected ${extra.join(' ')}: ${usage}.`);
}

function stringOption(context: CliContext, name: string): string | undefined {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A draft file {title, body, category, fields?, pages?}, the shape `check` reads; exit 2 when
 * unreadable.
 */
async function readDraftInput(file: string) {
  let text: string;
  try {
    text = await readCapped(file, 'json');
  } catch (error) {
    if (error instanceof Unreadable) throw new CliUsageError(error.message);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${file} is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = parseUnknown(draftFileSchema, json, `The draft in ${file}`);
  if (!parsed.ok) throw new CliUsageError(parsed.error.message);
  // Said here, before any store is opened, with the keys the file must carry: the main process
  // refuses the same save, but could not name the file or the JSON key to add.
  const missing = missingTemplateFields(parsed.value.category, parsed.value.fields);
  const first = missing[0];
  if (first !== undefined) {
    throw new CliUsageError(
      [
        `The draft in ${file} leaves out what its ${parsed.value.category} template needs:`,
        ...missing.map((issue) => `  fields.${issue.path[1]}: ${issue.message}`),
        `Give each in the file’s "fields" object, as in "fields": {"${first.path[1]}": "…"}. Nothing was changed.`,
      ].join('\n'),
    );
  }
  return parsed.value;
}

/** A recorded page, named by its id, its name or its URL (as `check` names pages). */
function recordedPage(services: Services, name: string): Page {
  const pages = services.pages.list();
  const page = pages.find((candidate) => candidate.id === name) ?? pageNamed(name, pages);
  if (page === undefined) {
    throw new DeskFailure(
      'not-found',
      `There is no recorded page "${name}": name a page by its id, name or URL (\`social-desk pages list\` shows them). Nothing was changed.`,
    );
  }
  return page;
}

function printJson(context: CliContext, value: unknown): void {
  context.io.out(JSON.stringify(value, null, 2));
}

const ADD_USAGE = 'social-desk drafts add FILE.json --profile NAME';

/** `drafts add FILE.json`: a new draft from a file; prints it with its id. */
export async function draftsAdd(context: CliContext): Promise<number> {
  const [file, ...extra] = context.args;
  if (file === undefined) throw new CliUsageError(`Give the draft file: ${ADD_USAGE}.`);
  noMoreArguments(extra, ADD_USAGE);
  const input = await readDraftInput(file);
  const draft = await asPerson(context, 'Saving a draft', ({ services, send }) =>
    send('drafts:save', {
      title: input.title,
      body: input.body,
      category: input.category,
      // A time-sensitive category's template values: the main process refuses the save without them.
      ...(input.fields === undefined ? {} : { fields: input.fields }),
      pages: (input.pages ?? []).map((name) => recordedPage(services, name).id),
    }),
  );
  printJson(context, draft);
  return 0;
}

const SAVE_USAGE = 'social-desk drafts save ID FILE.json --profile NAME';

/** `drafts save ID FILE.json`: a new revision of the draft (none when nothing changed). */
export async function draftsSave(context: CliContext): Promise<number> {
  const [idArgument, file, ...extra] = context.args;
  const id = draftIdArgument(idArgument, SAVE_USAGE);
  if (file === undefined) throw new CliUsageError(`Give the draft file: ${SAVE_USAGE}.`);
  noMoreArguments(extra, SAVE_USAGE);
  const input = await readDraftInput(file);
  const draft = await asPerson(context, 'Saving a draft', async ({ services, send }) => {
    // Photos are attached in the app; a file that says nothing of them keeps the ones the draft
    // has (dropping them would change the content and void an approval). One that lists them is
    // taken as written, and the main process checks each file and permission it names.
    const media = input.media ?? latestRevision(await services.drafts.get(id)).media;
    return send('drafts:save', {
      id,
      title: input.title,
      body: input.body,
      category: input.category,
      // A time-sensitive category's template values: the main process refuses the save without them.
      ...(input.fields === undefined ? {} : { fields: input.fields }),
      pages: (input.pages ?? []).map((name) => recordedPage(services, name).id),
      ...(media === undefined ? {} : { media }),
    });
  });
  printJson(context, draft);
  return 0;
}

const SHOW_USAGE = 'social-desk drafts show ID';

/** `drafts show ID`: the draft's status and latest revision; reads only, needs no profile. */
export async function draftsShow(context: CliContext): Promise<number> {
  const [idArgument, ...extra] = context.args;
  const id = draftIdArgument(idArgument, SHOW_USAGE);
  noMoreArguments(extra, SHOW_USAGE);
  const folder = await context.readFolder();
  const read = await readDraftFile(folder, id);
  if (!read.ok) {
    const file = draftFile(folder, id);
    if (read.kind === 'missing')
      throw new DeskFailure(
        'not-found',
        `There is no draft with id ${id} (no file ${file}). \`social-desk drafts list\` shows the drafts.`,
      );
    throw storeDamaged(file, read.detail);
  }
  const { draft } = read;
  const state = draftWorkflow(draft);
  printJson(context, {
    id: draft.id,
    status: state.status,
    awaitingConfirmation: state.awaitingConfirmation !== undefined,
    packetHash: state.submission?.packetHash ?? null,
    revisionCount: draft.revisions.length,
    latestRevision: latestRevision(draft),
    workflow: draft.workflow,
  });
  return 0;
}

const ATTEST_USAGE = 'social-desk drafts attest ID --items ID,ID,... --profile NAME';

/** `drafts attest ID --items A,B`: the person's word on each item, for the latest revision. */
export async function draftsAttest(context: CliContext): Promise<number> {
  const [idArgument, ...extra] = context.args;
  const id = draftIdArgument(idArgument, ATTEST_USAGE);
  noMoreArguments(extra, ATTEST_USAGE);
  const items = (stringOption(context, 'items') ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    throw new CliUsageError(`Name the checklist items to attest: ${ATTEST_USAGE}.`);
  const draft = await asPerson(context, 'Attesting a checklist item', async ({ send }) => {
    let latest: Draft | undefined;
    const attested: string[] = [];
    for (const itemId of items) {
      try {
        latest = await send('drafts:attest', { id, itemId });
      } catch (error) {
        if (!(error instanceof DeskFailure)) throw error;
        // What went before is recorded: the person is told so, not that nothing changed.
        const before =
          attested.length === 0
            ? 'Nothing was attested.'
            : `${attested.join(', ')} ${attested.length === 1 ? 'was' : 'were'} attested; the rest were not.`;
        throw new DeskFailure(error.code, `${itemId}: ${error.message} ${before}`);
      }
      attested.push(itemId);
    }
    return latest;
  });
  printJson(context, draft);
  return 0;
}

const SUBMIT_USAGE = 'social-desk drafts submit ID --profile NAME';

/**
 * `drafts submit ID`: submits the latest revision, freezing its packet; exit 1 with the open
 * checklist items, one per line, as the gate words them.
 */
export async function draftsSubmit(context: CliContext): Promise<number> {
  const [idArgument, ...extra] = context.args;
  const id = draftIdArgument(idArgument, SUBMIT_USAGE);
  noMoreArguments(extra, SUBMIT_USAGE);
  const draft = await asPerson(context, 'Submitting a draft', ({ send }) =>
    send('drafts:submit', { id }),
  );
  printJson(context, draft);
  return 0;
}

const DECIDE_USAGE =
  'social-desk drafts decide ID --decision approve|approve-with-changes|changes-requested|deny [--comment TEXT] --profile NAME';

/**
 * `drafts decide ID --decision D`: the approver's decision on the packet as submitted; exit 1 for
 * whoever drafted or submitted it (separation of duties), as in the app.
 */
export async function draftsDecide(context: CliContext): Promise<number> {
  const [idArgument, ...extra] = context.args;
  const id = draftIdArgument(idArgument, DECIDE_USAGE);
  noMoreArguments(extra, DECIDE_USAGE);
  const decision = decisionSchema.safeParse(stringOption(context, 'decision'));
  if (!decision.success)
    throw new CliUsageError(
      `${decision.error.issues[0]?.message ?? 'Give the decision'}: ${DECIDE_USAGE}.`,
    );
  const comment = stringOption(context, 'comment') ?? '';
  const status = await asPerson(context, 'Recording a decision', async ({ services, send }) => {
    const draft = await services.drafts.get(id);
    // The packet as submitted is what the decision names; a draft not submitted has none, and
    // the status machine says why in its words.
    const refused = moveRefusal(postSubject(draft), 'decide', { id: '', name: '' });
    if (refused !== undefined)
      throw new DeskFailure('invalid-request', `${refused} Nothing was changed.`);
    const packetHash = draftWorkflow(draft).submission?.packetHash;
    if (packetHash === undefined) {
      throw new DeskFailure(
        'invalid-request',
        'This draft was submitted before packets were frozen, so there is no packet to decide on. Withdraw it and submit it again. Nothing was changed.',
      );
    }
    return send('approvals:decide', {
      kind: 'post',
      id,
      packetHash,
      decision: decision.data,
      comment,
    });
  });
  printJson(context, status);
  return 0;
}

const PUBLISHED_USAGE =
  'social-desk drafts published ID --url URL [--page PAGE] [--at ISO-TIME] --profile NAME';

/**
 * `drafts published ID --url URL`: where and when the approved post went out. The page is the
 * draft's only target page unless --page names one (by id, name or URL).
 */
export async function draftsPublished(context: CliContext): Promise<number> {
  const [idArgument, ...extra] = context.args;
  const id = draftIdArgument(idArgument, PUBLISHED_USAGE);
  noMoreArguments(extra, PUBLISHED_USAGE);
  const url = stringOption(context, 'url');
  if (url === undefined) throw new CliUsageError(`Give the post’s address: ${PUBLISHED_USAGE}.`);
  const at = stringOption(context, 'at');
  const publishedAt = at === undefined ? new Date().toISOString() : isoTime(at);
  const pageOption = stringOption(context, 'page');
  const draft = await asPerson(context, 'Recording a publication', async ({ services, send }) => {
    const targets = latestRevision(await services.drafts.get(id)).pages;
    let pageId: string;
    if (pageOption !== undefined) pageId = recordedPage(services, pageOption).id;
    else if (targets.length === 1 && targets[0] !== undefined) pageId = targets[0];
    else {
      const named = targets.map((target) => `“${services.pages.get(target).name}”`).join(', ');
      throw new CliUsageError(
        targets.length === 0
          ? `The draft names no target page, so say which page it was posted to: --page PAGE (\`social-desk pages list\`). Nothing was changed.`
          : `The draft targets ${targets.length} pages (${named}): say which one it was posted to with --page PAGE. Nothing was changed.`,
      );
    }
    return send('drafts:published', { id, pageId, url, publishedAt });
  });
  printJson(context, draft);
  return 0;
}

/** --at as the time it names, in UTC (an offset is taken into account, never dropped). */
function isoTime(value: string): string {
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(time)) {
    throw new CliUsageError(
      `--at ${value} is not a time: write it as 2026-12-02T14:30:00Z (or with an offset, +02:00).`,
    );
  }
  return new Date(time).toISOString();
}
