import type { DepartmentContacts } from '../shared/policy/finding';
import { AttachmentStore } from './attachments/attachment-store';
import { AuditTrail } from './audit/audit-trail';
import { stampedNotice } from './audit/audited-store';
import { DepartmentSettingsService } from './department/settings-service';
import { DraftSearch } from './drafts/draft-search';
import { DraftService } from './drafts/draft-service';
import { approvalHandlers } from './handlers/approval-handlers';
import { type DeskShell, type HandlerContext, headlessShell } from './handlers/domain-handlers';
import { draftHandlers } from './handlers/draft-handlers';
import { packetHandlers } from './handlers/packet-handlers';
import { pageHandlers } from './handlers/page-handlers';
import { recordSearchHandlers } from './handlers/record-search-handlers';
import { exportHandlers } from './handlers/export-handlers';
import { retentionHandlers } from './handlers/retention-handlers';
import { auditViewHandlers } from './handlers/audit-view-handlers';
import { moderationHandlers } from './handlers/moderation-handlers';
import { peopleHandlers } from './handlers/people-handlers';
import { sessionHandlers } from './handlers/session-handlers';
import { type ActingHandlers, authorizeHandlers } from './ipc/authorize';
import type { Handlers } from './ipc/dispatcher';
import { Journal, type JournalOpenReport } from './journal/journal';
import { CommentIndex } from './moderation/comment-index';
import { ModerationLog } from './moderation/moderation-log';
import { PacketStore } from './packets/packet-store';
import { PageService } from './pages/page-service';
import { ProfileService } from './profiles/profile-service';
import { recoveryNotice } from './records/recovery-notice';
import { recoverInterruptedRestore } from './records/restore';
import { DispositionService } from './retention/disposition-service';
import { RecordCatalogue } from './retention/record-catalogue';
import { RetentionStore } from './retention/retention-store';
import { Session } from './session';
import { type DataFolderLock, lockDataFolder } from './storage/data-folder-lock';

export interface Services {
  readonly dataFolder: string;
  readonly journalReport: JournalOpenReport;
  readonly notices: readonly string[];
  /** The department's own lines as saved now (settings, else department.json): read per use. */
  readonly department: DepartmentContacts | undefined;
  readonly departmentSettings: DepartmentSettingsService;
  readonly journal: Journal;
  readonly audit: AuditTrail;
  readonly profiles: ProfileService;
  readonly pages: PageService;
  readonly drafts: DraftService;
  /** Word search over the drafts: one index, following the drafts' saves until close. */
  readonly draftSearch: DraftSearch;
  /** Frozen packets, by the SHA-256 of their HTML. */
  readonly packets: PacketStore;
  /** Scans of signed decisions and other attached files, by the SHA-256 of their bytes. */
  readonly attachments: AttachmentStore;
  /** Every captured comment and its state now, kept from the journal (never trusted over it). */
  readonly comments: CommentIndex;
  /** Actions, corrections, reviews and notices on comments, judged and appended. */
  readonly moderation: ModerationLog;
  /** Retention schedules and legal holds (issue 12). */
  readonly retention: RetentionStore;
  /** Every record by type, from the stores that hold it (read only). */
  readonly catalogue: RecordCatalogue;
  /** Disposition of records past retention and under no hold. */
  readonly disposition: DispositionService;
  readonly session: Session;
  close(): Promise<void>;
}

/**
 * Opens every store of a data folder as its one writer. Any damage stops the open with a message
 * naming the file, and the lock is released again so the folder can be repaired.
 */
export async function openServices(
  dataFolder: string,
  holder = 'Social Desk',
  /**
   * `lockHeld`: the caller already holds the writer lock (a CLI command inside `asWriter`), which
   * stays the caller's to release; taking it a second time would find this very process in it.
   */
  options: { readonly lockHeld?: boolean } = {},
): Promise<Services> {
  // A restore cut short is finished or undone before anything reads a half-swapped folder.
  const recovery = await recoverInterruptedRestore(dataFolder);
  const lock: DataFolderLock | undefined = options.lockHeld
    ? undefined
    : await lockDataFolder(dataFolder, holder);
  // Whatever opened before a failure is closed again, so the folder is left as it was found.
  const opened: (() => Promise<void>)[] = lock ? [() => lock.release()] : [];
  try {
    const { journal, report } = await Journal.open(dataFolder);
    opened.unshift(() => journal.close());
    const audit = new AuditTrail(journal);
    const drafts = await DraftService.open(dataFolder, { audit });
    opened.unshift(() => drafts.close());
    const draftSearch = new DraftSearch(drafts);
    opened.unshift(() => {
      draftSearch.close();
      return Promise.resolve();
    });
    const departmentSettings = await DepartmentSettingsService.open(dataFolder, { audit });
    const profiles = await ProfileService.open(dataFolder, { audit });
    const pages = await PageService.open(dataFolder, { audit });
    const stampedPages = await pages.adopt(audit);
    const retention = await RetentionStore.open(dataFolder, { audit });
    const comments = CommentIndex.open(dataFolder, journal);
    opened.unshift(() => comments.close());
    const moderation = new ModerationLog(
      dataFolder,
      journal,
      {
        inForce: (pageId, at) => pages.inForce(pageId, at),
        pageName: (pageId) => pages.get(pageId).name,
      },
      comments,
    );
    const packets = new PacketStore(dataFolder);
    const attachments = new AttachmentStore(dataFolder);
    // A photo kept before its draft's save is spared by a disposition until a save names it.
    const stopNaming = drafts.onSaved((draft) => {
      for (const media of draft.revisions.at(-1)?.media ?? []) attachments.named(media.sha256);
    });
    opened.unshift(() => {
      stopNaming();
      return Promise.resolve();
    });
    const catalogue = new RecordCatalogue({ dataFolder, drafts, pages, comments, packets });
    const services: Services = {
      dataFolder,
      journalReport: report,
      notices: [
        ...(recovery ? [recoveryNotice(recovery)] : []),
        ...startNotices(report, drafts.report.reindexed),
        ...drafts.report.problems,
        ...(profiles.stampedAtOpen ? [stampedNotice('profiles.json')] : []),
        ...(stampedPages ? [stampedNotice('pages.json')] : []),
        ...(departmentSettings.stampedAtOpen ? [stampedNotice('department-settings.json')] : []),
        ...(retention.stampedAtOpen ? [stampedNotice('retention.json')] : []),
        ...departmentSettings.notices,
      ],
      // A getter: the draft gate and app:info see a saved change at once, without a restart.
      get department() {
        return departmentSettings.contacts;
      },
      departmentSettings,
      journal,
      audit,
      profiles,
      pages,
      drafts,
      draftSearch,
      packets,
      attachments,
      comments,
      moderation,
      retention,
      catalogue,
      disposition: new DispositionService({
        dataFolder,
        catalogue,
        retention,
        journal,
        drafts,
        packets,
        attachments,
        comments,
        pages,
      }),
      session: new Session(),
      async close() {
        // The search stops following saves before the drafts close, so nothing keeps it alive.
        draftSearch.close();
        stopNaming();
        await comments.close();
        await services.drafts.close();
        await journal.close();
        await lock?.release();
      },
    };
    return services;
  } catch (error) {
    for (const close of opened) await close().catch(() => undefined);
    throw error;
  }
}

function startNotices(journal: JournalOpenReport, reindexedDrafts: number): string[] {
  const notices: string[] = [];
  if (journal.tornTail) {
    notices.push(
      `An unfinished journal write (${journal.tornTail.bytes} bytes) from an interrupted run was cut away. It had never been confirmed as saved, so nothing saved was lost.`,
    );
  }
  if (reindexedDrafts > 0) {
    notices.push(
      `${reindexedDrafts} draft(s) saved just before an interruption were added back to the drafts list.`,
    );
  }
  return notices;
}

/**
 * One handler per contract row, each domain in its own file under handlers/; the dispatcher has
 * already validated every request, and `authorizeHandlers` checks each against its row of the
 * permission table before it runs.
 */
export function createHandlers(services: Services, shell: DeskShell = headlessShell): Handlers {
  const { session, profiles } = services;
  // The signed-in profile as the store has it now: a role removed or a profile deactivated since
  // sign-in no longer counts.
  const currentActor = () => {
    const signedIn = session.current;
    const profile = signedIn && profiles.byId(signedIn.id);
    return profile && profile.deactivatedAt === undefined ? profile : undefined;
  };
  const context: HandlerContext = { services, shell, currentActor };
  const handlers: ActingHandlers = {
    ...sessionHandlers(context),
    ...draftHandlers(context),
    ...approvalHandlers(context),
    ...packetHandlers(context),
    ...pageHandlers(context),
    ...peopleHandlers(context),
    ...moderationHandlers(context),
    ...recordSearchHandlers(context),
    ...exportHandlers(context),
    ...retentionHandlers(context),
    ...auditViewHandlers(context),
  };
  return authorizeHandlers(handlers, currentActor);
}
