import type { Role } from '../profiles/profile';
import type { Channel } from './contract';

/**
 * Who may do what: one row for every IPC channel and every command-line command, enforced by the
 * main process for both (the renderer and the CLI's arguments are never trusted to decide it).
 *
 * - `anyone`: before sign-in too (the app's version, signing in, the very first administrator,
 *   whose own service refuses it once any profile or journal event exists).
 * - `signed-in`: reading, open to every signed-in profile (SPEC "Roles and people").
 * - `roles`: a change, allowed to a profile holding at least one of the roles. `doing` names the
 *   action in a refusal: "Recording a page needs the administrator role; Sam Ortiz has moderator".
 */
export type Permission =
  | { readonly kind: 'anyone' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'roles'; readonly roles: readonly [Role, ...Role[]]; readonly doing: string };

const ANYONE = { kind: 'anyone' } as const;
const SIGNED_IN = { kind: 'signed-in' } as const;
function needs(doing: string, ...roles: [Role, ...Role[]]): Extract<Permission, { kind: 'roles' }> {
  return { kind: 'roles', roles, doing };
}

/** Adding a channel to the contract without a row here fails type-checking (`satisfies`). */
export const CHANNEL_PERMISSIONS = {
  'app:info': ANYONE,
  'session:status': ANYONE,
  'session:createFirstAdministrator': ANYONE,
  'session:signIn': ANYONE,
  'session:signOut': ANYONE,
  'pages:list': SIGNED_IN,
  'drafts:list': SIGNED_IN,
  'drafts:get': SIGNED_IN,
  'drafts:save': needs('Saving a draft', 'drafter'),
  'drafts:attest': needs('Attesting a checklist item', 'drafter'),
  'drafts:justify': needs('Justifying a finding', 'drafter'),
  'drafts:submit': needs('Submitting a draft for approval', 'drafter'),
  'drafts:attestSeveral': needs('Attesting checklist items', 'drafter'),
  'drafts:withdrawAttestation': needs('Withdrawing an attestation', 'drafter'),
  'drafts:uploadMedia': needs('Attaching a photo or video', 'drafter'),
  'drafts:mediaFile': SIGNED_IN,
  'drafts:recordPermission': needs('Recording a written permission', 'drafter'),
  'drafts:search': SIGNED_IN,
  'drafts:copyText': SIGNED_IN,
  'drafts:withdraw': needs('Withdrawing a submitted draft', 'drafter', 'administrator'),
  'drafts:published': needs('Recording where a post was published', 'drafter', 'administrator'),
  'drafts:archive': needs('Archiving a draft', 'drafter', 'administrator'),
  'approvals:inbox': SIGNED_IN,
  'approvals:decide': needs('Recording the Chief’s decision', 'approver'),
  'approvals:transcribe': needs('Transcribing a signed decision', 'administrator'),
  'approvals:recordVerbal': needs('Recording a verbal approval', 'approver', 'administrator'),
  'approvals:confirm': needs('Confirming a verbal approval in writing', 'approver'),
  'approvals:transcribeConfirmation': needs(
    'Transcribing the written confirmation of a verbal approval',
    'administrator',
  ),
  'packets:get': SIGNED_IN,
  'packets:saveHtml': SIGNED_IN,
  'packets:savePdf': SIGNED_IN,
  'packets:print': SIGNED_IN,
  'pages:get': SIGNED_IN,
  'pages:save': needs('Recording a page', 'administrator'),
  'pages:submit': needs('Submitting a page for approval', 'administrator'),
  'pages:published': needs('Recording that a page went live', 'administrator'),
  'pages:introSave': needs('Writing an intro statement', 'administrator'),
  'pages:introAttest': needs('Attesting a page-design item', 'administrator'),
  'pages:introSubmit': needs('Submitting an intro statement for approval', 'administrator'),
  'pages:introPublished': needs('Recording that an intro statement was posted', 'administrator'),
  'pages:introInForce': SIGNED_IN,
  'settings:get': SIGNED_IN,
  'settings:save': needs('Changing the department settings', 'administrator'),
  'settings:importDepartmentFile': needs('Importing the department file', 'administrator'),
  'settings:importPlaceNames': needs('Importing the department’s place names', 'administrator'),
  'people:list': SIGNED_IN,
  'people:add': needs('Adding a profile', 'administrator'),
  'people:setRoles': needs('Changing a person’s roles', 'administrator'),
  'people:resetPassphrase': needs('Resetting a passphrase', 'administrator'),
  'people:deactivate': needs('Deactivating a profile', 'administrator'),
  'people:reactivate': needs('Reactivating a profile', 'administrator'),
  'comments:list': SIGNED_IN,
  'comments:get': SIGNED_IN,
  'comments:act': needs('Moderating a comment', 'moderator'),
  'comments:correct': needs('Correcting a moderation action', 'moderator'),
  // The service also refuses the moderator who made the removal: a second reviewer is another person.
  'comments:review': needs('Reviewing a removal', 'moderator', 'administrator'),
  'comments:notice': needs('Recording a notice to a commenter', 'moderator'),
  'comments:noticeText': SIGNED_IN,
  'comments:pageRules': SIGNED_IN,
  'comments:setPageRules': needs('Setting a page’s moderation rules', 'administrator'),
  'comments:add': needs('Entering a comment', 'moderator'),
  'comments:chooseImportFile': needs('Importing comments', 'moderator'),
  'comments:previewImport': needs('Importing comments', 'moderator'),
  'comments:startImport': needs('Importing comments', 'moderator'),
  'comments:importStatus': needs('Importing comments', 'moderator'),
  'comments:cancelImport': needs('Importing comments', 'moderator'),
  'comments:mappings': SIGNED_IN,
  'comments:report': SIGNED_IN,
  'comments:saveReport': SIGNED_IN,
  'comments:journalStatus': SIGNED_IN,
  // Issue 12, retention schedules, legal holds, what is due, disposition (records-channels.ts):
  'records:retention': SIGNED_IN,
  'records:setSchedule': needs('Setting a retention schedule', 'records'),
  'records:placeHold': needs('Placing a legal hold', 'records'),
  'records:releaseHold': needs('Releasing a legal hold', 'records'),
  'records:due': SIGNED_IN,
  'records:dispose': needs('Disposing of records', 'records'),
  // Issue 12, export (export-channels.ts):
  'records:startExport': needs('Exporting records', 'records'),
  'records:exportStatus': needs('Exporting records', 'records'),
  'records:cancelExport': needs('Exporting records', 'records'),
  // Issue 12, search (search-channels.ts):
  'records:search': SIGNED_IN,
  'records:prepareSearch': SIGNED_IN,
  // Issue 12, audit view (audit-channels.ts):
  'audit:list': needs('Reading the audit trail', 'records', 'administrator'),
  'audit:save': needs('Reading the audit trail', 'records', 'administrator'),
} as const satisfies Readonly<Record<Channel, Permission>>;

/** The command line's commands, as typed after `social-desk`. */
export const CLI_COMMANDS = [
  'drafts list',
  'drafts add',
  'drafts save',
  'drafts show',
  'drafts diff',
  'drafts attest',
  'drafts submit',
  'drafts decide',
  'drafts published',
  'packet',
  'pages intro',
  'profiles add',
  'profiles list',
  'log verify',
  'log checkpoint',
  'pages add',
  'pages list',
  'comments import',
  'comments list',
  'comments act',
  'comments history',
  'comments report',
  // Issue 12, retention and disposition:
  'retention due',
  'retention set',
  'holds list',
  'holds add',
  'holds release',
  'dispose',
  // Issue 12, export ('export verify' first: a command is matched by its first words):
  'export verify',
  'export',
  // Issue 12, search:
  'search',
  // Issue 12, audit view:
  'audit',
  // Issue 13, the department's place names:
  'settings place-names',
  'backup',
  'restore',
  'check',
] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

/**
 * The same table for the command line. Commands that only read act as no one: the data folder's
 * files are plain files to whoever can run a command on this machine, so a passphrase would protect
 * nothing there; every command that changes a record signs a person in and is checked here.
 * `profiles add` is `anyone` only for the very first administrator of an empty folder; after that
 * the profile service itself requires an administrator (see ProfileService.add).
 */
export const COMMAND_PERMISSIONS = {
  'drafts list': ANYONE,
  'drafts show': ANYONE,
  'drafts diff': ANYONE,
  packet: ANYONE,
  'profiles list': ANYONE,
  'pages list': ANYONE,
  'log verify': ANYONE,
  'log checkpoint': ANYONE,
  check: ANYONE,
  'comments list': ANYONE,
  'comments history': ANYONE,
  'comments report': ANYONE,
  'profiles add': needs('Adding a profile', 'administrator'),
  'pages add': needs('Recording a page', 'administrator'),
  'pages intro': needs('Writing an intro statement', 'administrator'),
  'drafts add': needs('Saving a draft', 'drafter'),
  'drafts save': needs('Saving a draft', 'drafter'),
  'drafts attest': needs('Attesting a checklist item', 'drafter'),
  'drafts submit': needs('Submitting a draft for approval', 'drafter'),
  'drafts decide': needs('Recording the Chief’s decision', 'approver'),
  'drafts published': needs('Recording where a post was published', 'drafter', 'administrator'),
  'comments import': needs('Importing comments', 'moderator'),
  'comments act': needs('Moderating a comment', 'moderator'),
  backup: needs('Making a backup', 'administrator', 'records'),
  restore: needs('Restoring a backup', 'administrator', 'records'),
  // Issue 12, retention and disposition:
  'retention due': ANYONE,
  'holds list': ANYONE,
  'retention set': needs('Setting a retention schedule', 'records'),
  'holds add': needs('Placing a legal hold', 'records'),
  'holds release': needs('Releasing a legal hold', 'records'),
  dispose: needs('Disposing of records', 'records'),
  // Issue 12, export:
  export: needs('Exporting records', 'records'),
  'export verify': ANYONE,
  // Issue 12, search:
  search: ANYONE,
  // Issue 12, audit view:
  audit: ANYONE,
  // Issue 13, the department's place names:
  'settings place-names': needs('Importing the department’s place names', 'administrator'),
} as const satisfies Readonly<Record<CliCommand, Permission>>;

export interface Actor {
  readonly name: string;
  readonly roles: readonly Role[];
}

/** Why `actor` may not do what `permission` guards, in words; undefined when it may. */
export function refusal(permission: Permission, actor: Actor | undefined): string | undefined {
  switch (permission.kind) {
    case 'anyone':
      return undefined;
    case 'signed-in':
      return actor ? undefined : 'Sign in first: every change records who made it.';
    case 'roles': {
      const needed = `${orList(permission.roles)} role`;
      if (!actor) return `Sign in first: ${lowerFirst(permission.doing)} needs the ${needed}.`;
      if (permission.roles.some((role) => actor.roles.includes(role))) return undefined;
      return `${permission.doing} needs the ${needed}; ${actor.name} has ${actor.roles.join(', ')}.`;
    }
    default: {
      const unreachable: never = permission;
      return unreachable;
    }
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
