import { type Draft, latestRevision } from '../shared/drafts/draft';
import type { DraftCheckContext } from '../shared/policy/draft-checklist';
import type { DepartmentContacts } from '../shared/policy/finding';
import type { Profile } from '../shared/profiles/profile';
import type { SessionStatus } from '../shared/profiles/session';
import { APP_VERSION } from './app-version';
import { AuditTrail } from './audit/audit-trail';
import { stampedNotice } from './audit/audited-store';
import { readDepartment } from './department';
import { attest, justify, submit } from './drafts/draft-gate';
import { DraftService } from './drafts/draft-service';
import { type ActingHandlers, authorizeHandlers } from './ipc/authorize';
import type { Handlers } from './ipc/dispatcher';
import { Journal, type JournalOpenReport } from './journal/journal';
import { PageService } from './pages/page-service';
import { ProfileService } from './profiles/profile-service';
import { recoveryNotice } from './records/recovery-notice';
import { recoverInterruptedRestore } from './records/restore';
import { Session } from './session';
import { type DataFolderLock, lockDataFolder } from './storage/data-folder-lock';

export interface Services {
  readonly dataFolder: string;
  readonly journalReport: JournalOpenReport;
  readonly notices: readonly string[];
  readonly department: DepartmentContacts | undefined;
  readonly journal: Journal;
  readonly audit: AuditTrail;
  readonly profiles: ProfileService;
  readonly pages: PageService;
  readonly drafts: DraftService;
  readonly session: Session;
  close(): Promise<void>;
}

/**
 * Opens every store of a data folder as its one writer. Any damage stops the open with a message
 * naming the file, and the lock is released again so the folder can be repaired.
 */
export async function openServices(dataFolder: string, holder = 'Social Desk'): Promise<Services> {
  // A restore cut short is finished or undone before anything reads a half-swapped folder.
  const recovery = await recoverInterruptedRestore(dataFolder);
  const lock: DataFolderLock = await lockDataFolder(dataFolder, holder);
  // Whatever opened before a failure is closed again, so the folder is left as it was found.
  const opened: (() => Promise<void>)[] = [() => lock.release()];
  try {
    const { journal, report } = await Journal.open(dataFolder);
    opened.unshift(() => journal.close());
    const audit = new AuditTrail(journal);
    const drafts = await DraftService.open(dataFolder, { audit });
    opened.unshift(() => drafts.close());
    const department = await readDepartment(dataFolder);
    const profiles = await ProfileService.open(dataFolder, { audit });
    const pages = await PageService.open(dataFolder);
    const stampedPages = await pages.adopt(audit);
    const services: Services = {
      dataFolder,
      journalReport: report,
      notices: [
        ...(recovery ? [recoveryNotice(recovery)] : []),
        ...startNotices(report, drafts.report.reindexed),
        ...drafts.report.problems,
        ...(profiles.stampedAtOpen ? [stampedNotice('profiles.json')] : []),
        ...(stampedPages ? [stampedNotice('pages.json')] : []),
      ],
      department,
      journal,
      audit,
      profiles,
      pages,
      drafts,
      session: new Session(),
      async close() {
        await services.drafts.close();
        await journal.close();
        await lock.release();
      },
    };
    return services;
  } catch (error) {
    for (const close of opened) await close().catch(() => undefined);
    throw error;
  }
}

/** The flagged words as the audit summary quotes them: enough to recognise, never a whole body. */
function quoted(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
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

function sessionStatus(services: Services): SessionStatus {
  return {
    profilesExist: !services.profiles.isEmpty(),
    signedIn: services.session.current ?? null,
    profileNames: services.profiles.list().map((profile) => profile.name),
  };
}

/**
 * One handler per contract row; the dispatcher has already validated every request, and
 * `authorizeHandlers` checks each against its row of the permission table before it runs.
 */
export function createHandlers(services: Services): Handlers {
  const { session, profiles, pages, drafts } = services;
  // What the gate checks a draft against: the department's own lines and its target pages.
  const checkContext = (draft: Draft): DraftCheckContext => ({
    department: services.department,
    targets: pages.targets(latestRevision(draft).pages),
  });
  // Each change is recorded in the journal before the draft's file is written (DraftService); an
  // item attested twice changes nothing, so nothing is written or recorded.
  const change = async (
    id: string,
    by: Profile,
    apply: (draft: Draft) => Draft,
    summary: (saved: Draft) => string,
  ) =>
    (await drafts.update(id, apply, { by, summary: (saved) => `draft ${summary(saved)}` })).saved;
  // The signed-in profile as the store has it now: a role removed since sign-in no longer counts.
  const currentActor = () => {
    const signedIn = session.current;
    return signedIn && profiles.byId(signedIn.id);
  };
  const handlers: ActingHandlers = {
    'app:info': () => ({
      version: APP_VERSION,
      dataFolder: services.dataFolder,
      notices: [...services.notices],
      department: services.department
        ? {
            phones: [...services.department.phones],
            emails: [...services.department.emails],
            websites: [...services.department.websites],
          }
        : null,
    }),
    'session:status': () => sessionStatus(services),
    'session:createFirstAdministrator': async ({ name, passphrase }) =>
      session.signIn(
        await profiles.add({ name, roles: ['administrator', 'drafter'], passphrase }, undefined),
      ),
    'session:signIn': async ({ name, passphrase }) =>
      session.signIn(await profiles.signIn(name, passphrase)),
    'session:signOut': () => {
      session.signOut();
      return sessionStatus(services);
    },
    'pages:list': () => [...pages.list()],
    'drafts:list': () => drafts.list(),
    'drafts:get': ({ id }) => drafts.get(id),
    'drafts:attest': ({ id, itemId }, by) => {
      const at = new Date().toISOString();
      return change(
        id,
        by,
        (draft) => attest(draft, itemId, by.id, at, checkContext(draft)),
        () => `attested ${itemId}`,
      );
    },
    'drafts:justify': ({ id, kind, text, reason }, by) => {
      const at = new Date().toISOString();
      return change(
        id,
        by,
        (draft) => justify(draft, { kind, text, reason }, by.id, at, checkContext(draft)),
        () => `justified the ${kind} finding “${quoted(text)}”`,
      );
    },
    'drafts:submit': ({ id }, by) => {
      const at = new Date().toISOString();
      return change(
        id,
        by,
        (draft) => submit(draft, by.id, at, checkContext(draft)),
        (saved) => `submitted revision ${saved.revisions.length} for approval`,
      );
    },
    'drafts:save': async (request, by) => {
      pages.targets(request.pages); // every target page must exist before anything is written
      return (await drafts.saveAndCompare(request, by)).saved;
    },
  };
  return authorizeHandlers(handlers, currentActor);
}
