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
  await saveFile(out, view.html);
  let pdfFile: string | undefined;
  if (typeof pdf === 'string') {
    await saveFile(pdf, await htmlToPdf(view.html));
    pdfFile = pdf;
  }
  if (!view.frozen) {
    context.io.err(
      `social-desk: ${kind === 'post' ? 'this draft' : kind === 'page' ? 'this page' : 'this intro statement'} is not submitted: the packet is a preview, marked "PREVIEW — NOT SUBMITTED" on every page.`,
    );
  }
  context.io.out(
    JSON.stringify(
      { kind, id, frozen: view.frozen, sha256: view.sha256, html: out, pdf: pdfFile ?? null },
      null,
      2,
    ),
  );
  return 0;
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
