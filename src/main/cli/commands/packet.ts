import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { readDraftFile, storeDamaged } from '../../drafts/draft-inspection';
import { draftFile } from '../../drafts/draft-files';
import { DepartmentSettingsService } from '../../department/settings-service';
import { DeskFailure } from '../../ipc/desk-failure';
import { htmlToPdf } from '../../packets/chromium-pdf';
import { PacketStore } from '../../packets/packet-store';
import { type PacketSources, packetView } from '../../packets/packet-view';
import { saveFile } from '../../packets/save-file';
import { PageService } from '../../pages/page-service';
import { ProfileService } from '../../profiles/profile-service';
import type { ItemKind } from '../../../shared/workflow/workflow';
import type { Draft } from '../../../shared/drafts/draft';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

const idSchema = z.uuid();

/**
 * `packet ID --out FILE.html [--pdf FILE.pdf]`: the frozen packet of a submitted draft, page or
 * intro-statement version, else a preview marked as not submitted. It only reads: no lock, no
 * repair, nothing written in the data folder.
 */
export async function packet(context: CliContext): Promise<number> {
  const [id, ...rest] = context.args;
  const { out, pdf } = context.options;
  if (id === undefined || rest.length > 0 || !idSchema.safeParse(id).success) {
    throw new CliUsageError(
      'Give one id: packet ID --out FILE.html [--pdf FILE.pdf] (a draft id, page id or intro-statement version id).',
    );
  }
  if (typeof out !== 'string' || out === '') {
    throw new CliUsageError('Say where to write the packet: --out FILE.html.');
  }
  if (pdf !== undefined && (typeof pdf !== 'string' || pdf === '')) {
    throw new CliUsageError('--pdf takes a file name: --pdf FILE.pdf.');
  }
  const folder = await context.readFolder();
  const htmlFile = await chosenFile(out, '--out', folder);
  const pdfFile = typeof pdf === 'string' ? await chosenFile(pdf, '--pdf', folder) : undefined;
  if (pdfFile !== undefined && (await sameFile(htmlFile, pdfFile))) {
    throw new CliUsageError(
      `--out ${out} and --pdf ${pdf} name the same file, so nothing was written. Give the PDF its own name (for example FILE.pdf beside FILE.html).`,
    );
  }
  const reading = { quarantine: false } as const;
  const [profiles, pages, department] = await Promise.all([
    ProfileService.open(folder, reading),
    PageService.open(folder, reading),
    DepartmentSettingsService.open(folder, reading),
  ]);
  const draft = await readDraft(folder, id);
  const sources: PacketSources = {
    department: department.contacts,
    departmentName: department.settings?.name,
    nameOf: (profileId) => profiles.byId(profileId)?.name ?? profileId,
    packets: new PacketStore(folder),
    draft: (draftId) =>
      draftId === id && draft
        ? Promise.resolve(draft)
        : Promise.reject(new DeskFailure('not-found', `There is no draft with id ${draftId}.`)),
    page: (pageId) => pages.get(pageId),
    versions: (pageId) => pages.versions(pageId),
    version: (versionId) => pages.version(versionId),
  };
  const kind: ItemKind | undefined = draft
    ? 'post'
    : pages.list().some((page) => page.id === id)
      ? 'page'
      : isVersion(pages, id)
        ? 'intro-statement'
        : undefined;
  if (kind === undefined) {
    throw new DeskFailure(
      'not-found',
      `No draft, page or intro-statement version has the id ${id}, so nothing was written. \`social-desk drafts list\` and \`social-desk pages list\` show the ids.`,
    );
  }
  const view = await packetView(sources, { kind, id });
  // The PDF is made before anything is saved: without Chromium (or if printing fails) the person
  // is told "nothing was written", and that must still be true.
  const pdfBytes = typeof pdf === 'string' ? await htmlToPdf(view.html) : undefined;
  await saveFile(out, view.html);
  if (typeof pdf === 'string' && pdfBytes !== undefined) {
    await saveFile(pdf, pdfBytes).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new DeskFailure(
        'write-failed',
        `${message} The HTML packet was written to ${out}; only the PDF is missing.`,
      );
    });
  }
  if (!view.frozen) {
    context.io.err(
      `social-desk: ${kind === 'post' ? 'this draft' : kind === 'page' ? 'this page' : 'this intro statement'} is not submitted: the packet is a preview, marked "PREVIEW — NOT SUBMITTED" on every page.`,
    );
  }
  context.io.out(
    JSON.stringify(
      {
        kind,
        id,
        frozen: view.frozen,
        sha256: view.sha256,
        html: out,
        pdf: typeof pdf === 'string' ? pdf : null,
      },
      null,
      2,
    ),
  );
  return 0;
}

/** Links followed this many times at most, as the kernel's own limit for one path (ELOOP). */
const MOST_LINKS_FOLLOWED = 40;

/**
 * Where a file named on the command line would really land: the real path of its folder plus its
 * name, following a symbolic link at the name itself. A packet written into the data folder would
 * replace a store (pages.json, a journal segment) behind the app's writer lock and the journal's
 * stamps, and this command promises to write nothing there, so such a place is refused before any
 * byte is written, as is a folder (the packet cannot replace it).
 */
async function chosenFile(
  file: string,
  option: '--out' | '--pdf',
  dataFolder: string,
): Promise<string> {
  const refuse = (why: string, what: string) =>
    new CliUsageError(`${option} ${file} ${why}, so nothing was written. ${what}`);
  let place = resolve(file);
  for (let followed = 0; ; followed += 1) {
    const folder = await realpath(dirname(place)).catch(() => undefined);
    const folderFound = folder === undefined ? undefined : await stat(folder);
    if (folder === undefined || !folderFound?.isDirectory()) {
      throw refuse(
        `is in a folder that does not exist (${dirname(place)})`,
        'Create the folder first, or choose another.',
      );
    }
    place = join(folder, basename(place));
    const entry = await lstat(place).catch(() => undefined);
    if (!entry?.isSymbolicLink()) break;
    if (followed === MOST_LINKS_FOLLOWED)
      throw refuse('is a chain of links that never ends', 'Choose another file.');
    place = resolve(folder, await readlink(place));
  }
  const data = await realpath(dataFolder);
  const fromData = relative(data, place);
  if (
    fromData === '' ||
    (fromData !== '..' && !fromData.startsWith(`..${sep}`) && !isAbsolute(fromData))
  ) {
    throw refuse(
      `is inside the data folder ${data}${place === resolve(file) ? '' : ` (it leads to ${place})`}`,
      'Choose a file outside the data folder.',
    );
  }
  if ((await stat(place).catch(() => undefined))?.isDirectory()) {
    throw refuse('is a folder', 'Name a file in it instead (for example packet.html).');
  }
  return place;
}

/** Two names for one file: the same real path, or (hard links) the same inode on the same disk. */
async function sameFile(one: string, other: string): Promise<boolean> {
  if (one === other) return true;
  const [a, b] = await Promise.all([
    stat(one).catch(() => undefined),
    stat(other).catch(() => undefined),
  ]);
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

function isVersion(pages: PageService, id: string): boolean {
  try {
    pages.version(id);
    return true;
  } catch {
    return false;
  }
}

async function readDraft(folder: string, id: string): Promise<Draft | undefined> {
  const read = await readDraftFile(folder, id);
  if (read.ok) return read.draft;
  if (read.kind === 'missing') return undefined;
  throw storeDamaged(draftFile(folder, id), read.detail);
}
