import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../src/main/audit/audit-trail';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { Journal } from '../../src/main/journal/journal';
import { PageService } from '../../src/main/pages/page-service';
import { ProfileService } from '../../src/main/profiles/profile-service';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { CHANNELS, type Channel, type RequestInputOf } from '../../src/shared/ipc/contract';
import {
  CHANNEL_PERMISSIONS,
  CLI_COMMANDS,
  COMMAND_PERMISSIONS,
  type CliCommand,
  type Permission,
} from '../../src/shared/ipc/permissions';
import { ROLES, type Profile, type Role } from '../../src/shared/profiles/profile';
import { REPO_ROOT, cli, sample, setEnv, sharedFolder } from './records-fixtures';
import { snapshotTree, tempFolder } from './temp-folder';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

const PASSPHRASE = 'a passphrase for every role';
/** An id nothing has: the request is well formed, the service answers "not found" after the check. */
const UNKNOWN_ID = '0b7d3c52-6a57-4c4e-9d0e-6f1f2b6c9a10';
const HASH = 'a'.repeat(64);
const paper = {
  decidedBy: 'Chief Ramos',
  decidedOn: '2026-12-01',
  scan: { name: 'decision.pdf', mediaType: 'application/pdf' as const, base64: 'JVBERi0xLjQK' },
};
const SIGN_IN_TIMEOUT = 120_000;
/** The administrator first: the first profile of a folder must be one. */
const ADMIN_FIRST: readonly Role[] = [
  'administrator',
  ...ROLES.filter((r) => r !== 'administrator'),
];

/** The person holding just one role, by role: "Drafter Dee" holds drafter and nothing else. */
const PERSON: Readonly<Record<Role, string>> = {
  drafter: 'Drafter Dee',
  moderator: 'Sam Ortiz',
  administrator: 'Admin Ada',
  approver: 'Approver Abe',
  records: 'Records Rae',
};

function allowed(permission: Permission, roles: readonly Role[] | undefined): boolean {
  switch (permission.kind) {
    case 'anyone':
      return true;
    case 'signed-in':
      return roles !== undefined;
    case 'roles':
      return roles !== undefined && permission.roles.some((role) => roles.includes(role));
  }
}

/** What a refusal must say: what is being done, the role it needs, who asked and what they hold. */
function expectRefusal(message: string, permission: Permission, role: Role | undefined) {
  if (permission.kind !== 'roles' || role === undefined) {
    expect(message).toMatch(/sign in/i);
    if (permission.kind !== 'roles') return;
  }
  expect(message.toLowerCase()).toContain(permission.doing.toLowerCase());
  for (const needed of permission.roles) expect(message).toContain(needed);
  if (role) expect(message).toContain(`${PERSON[role]} has ${role}`);
}

describe('the permission table', () => {
  it('has a row for every channel of the contract and every command, and nothing else', () => {
    expect(Object.keys(CHANNEL_PERMISSIONS).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(COMMAND_PERMISSIONS).sort()).toEqual([...CLI_COMMANDS].sort());
  });

  it('leaves no change of records open to anyone but the first-start ones', () => {
    const open = Object.entries(CHANNEL_PERMISSIONS).filter(([, p]) => p.kind === 'anyone');
    expect(open.map(([channel]) => channel).sort()).toEqual([
      'app:info',
      'session:createFirstAdministrator',
      'session:signIn',
      'session:signOut',
      'session:status',
    ]);
  });
});

describe('every channel with every role, through the real dispatcher and services', () => {
  let folder: string;
  let services: Services;
  let dispatch: Dispatch;
  const people = new Map<Role, Profile>();
  let draftId = '';

  beforeAll(async () => {
    folder = await sharedFolder('social-desk-permissions-');
    services = await openServices(folder, 'permissions test');
    dispatch = createDispatcher(createHandlers(services));
    let first: Profile | undefined;
    for (const role of ADMIN_FIRST) {
      const profile = await services.profiles.add(
        { name: PERSON[role], roles: [role], passphrase: PASSPHRASE },
        first,
      );
      first ??= profile;
      people.set(role, profile);
    }
    services.session.signIn(people.get('drafter') as Profile);
    const saved = await dispatch(
      'drafts:save',
      {
        title: 'Road closed',
        body: 'Main Street is closed.',
        category: 'road-closure',
        fields: TEMPLATE_FIELDS_FOR['road-closure'],
      },
      true,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    draftId = (saved.value as { id: string }).id;
  }, SIGN_IN_TIMEOUT);

  afterAll(async () => {
    await services.close();
  });

  /** A request each channel accepts as well formed; a new channel needs one here to compile. */
  const requests = (): { readonly [C in Channel]: RequestInputOf<C> } => ({
    'app:info': {},
    'session:status': {},
    'session:createFirstAdministrator': { name: 'Another First', passphrase: PASSPHRASE },
    'session:signIn': { name: 'Nobody Here', passphrase: PASSPHRASE },
    'session:signOut': {},
    'pages:list': {},
    'drafts:list': {},
    'drafts:get': { id: draftId },
    'drafts:save': {
      id: draftId,
      title: 'Road closed',
      body: 'Main St closed.',
      category: 'road-closure',
      fields: { location: 'Main St', start: 'Now', 'expected-end': '6 pm', detour: 'Oak Ave' },
    },
    'drafts:attest': { id: draftId, itemId: 'identifies-department' },
    'drafts:justify': {
      id: draftId,
      kind: 'personal-data',
      text: 'Main St',
      reason: 'A public street, not anyone’s home address.',
    },
    'drafts:submit': { id: draftId },
    'drafts:attestSeveral': { id: draftId, itemIds: ['content.identifies-department'] },
    'drafts:withdrawAttestation': { id: draftId, itemId: 'content.identifies-department' },
    'drafts:uploadMedia': { name: 'scene.png', mediaType: 'image/png', base64: 'iVBORw0KGgo=' },
    'drafts:mediaFile': { id: draftId, sha256: 'a'.repeat(64) },
    'drafts:recordPermission': {
      id: draftId,
      grantedBy: 'Lt. Jordan Lee',
      grantedOn: '2026-12-01',
      scope: 'Photos of the December training day',
      scan: { name: 'permission.png', mediaType: 'image/png', base64: 'iVBORw0KGgo=' },
    },
    'drafts:search': { words: 'road' },
    'drafts:copyText': { id: draftId, pageId: draftId },
    'drafts:withdraw': { id: draftId, reason: 'Wrong road' },
    'drafts:published': {
      id: draftId,
      pageId: UNKNOWN_ID,
      url: 'https://www.facebook.com/examplepd/posts/1',
      publishedAt: '2026-12-01T10:00:00.000Z',
    },
    'drafts:archive': { id: draftId, reason: 'Not needed' },
    'approvals:inbox': {},
    'approvals:decide': { ...post(), packetHash: HASH, decision: 'approve', comment: '' },
    'approvals:transcribe': {
      ...post(),
      packetHash: HASH,
      decision: 'approve',
      comment: '',
      ...paper,
    },
    'approvals:recordVerbal': {
      ...post(),
      packetHash: HASH,
      givenBy: 'Chief Ramos',
      givenAt: '2026-12-01T10:00:00.000Z',
      how: 'telephone',
      comment: '',
    },
    'approvals:confirm': { ...post(), comment: '' },
    'approvals:transcribeConfirmation': { ...post(), comment: '', ...paper },
    'packets:get': post(),
    'packets:saveHtml': post(),
    'packets:savePdf': post(),
    'packets:print': post(),
    'pages:get': { id: UNKNOWN_ID },
    'pages:save': { platform: 'x', name: 'Example PD', url: 'https://x.com/permissions-test' },
    'pages:submit': { id: UNKNOWN_ID },
    'pages:published': { id: UNKNOWN_ID, publishedAt: '2026-12-01T10:00:00.000Z' },
    'pages:introSave': { pageId: UNKNOWN_ID, text: 'Welcome.', categories: ['obscenity'] },
    'pages:introAttest': { versionId: UNKNOWN_ID, itemId: 'page-design.purpose-and-scope' },
    'pages:introSubmit': { versionId: UNKNOWN_ID },
    'pages:introPublished': { versionId: UNKNOWN_ID, publishedAt: '2026-12-01T10:00:00.000Z' },
    'pages:introInForce': { pageId: UNKNOWN_ID, at: '2026-12-01T10:00:00.000Z' },
    'settings:get': {},
    'settings:save': {
      name: 'Example Police Department',
      website: 'https://police.example.gov',
      contactLines: [{ label: 'Front desk', value: '555-0100' }],
    },
    'settings:importDepartmentFile': {},
    'settings:importPlaceNames': {},
    'people:list': {},
    'people:add': { name: 'Another Person', roles: ['drafter'], passphrase: PASSPHRASE },
    'people:setRoles': { id: UNKNOWN_ID, roles: ['drafter'] },
    'people:resetPassphrase': { id: UNKNOWN_ID, passphrase: PASSPHRASE },
    'people:deactivate': { id: UNKNOWN_ID, reason: 'Left the unit' },
    'people:reactivate': { id: UNKNOWN_ID },
    'comments:list': {},
    'comments:get': { seq: 999_999 },
    'comments:act': { comment: 999_999, action: 'keep' },
    'comments:correct': { corrects: 999_999, note: 'Pressed the wrong key.' },
    'comments:review': { action: 999_999, verdict: 'agree' },
    'comments:notice': { action: 999_999, sent: true, text: 'Your comment was removed.' },
    'comments:noticeText': { action: 999_999 },
    'comments:pageRules': { pageId: UNKNOWN_ID },
    'comments:setPageRules': { pageId: UNKNOWN_ID, secondReviewer: true, noticeRequired: false },
    'comments:add': {
      pageId: UNKNOWN_ID,
      text: 'Thanks for the update',
      author: 'A Visitor',
      postedAt: '2026-12-01T10:00:00.000Z',
    },
    'comments:chooseImportFile': {},
    'comments:previewImport': { file: 'no-such-token' },
    'comments:startImport': { file: 'no-such-token', pageId: UNKNOWN_ID },
    'comments:importStatus': { job: 'no-such-job' },
    'comments:cancelImport': { job: 'no-such-job' },
    'comments:mappings': {},
    'comments:report': {},
    'comments:saveReport': { format: 'csv' },
    'comments:journalStatus': {},
    'records:search': { words: 'road closure' },
    'records:prepareSearch': {},
    'records:startExport': { request: 'PRR 2026-114' },
    'records:exportStatus': { job: UNKNOWN_ID },
    'records:cancelExport': { job: UNKNOWN_ID },
    'records:retention': {},
    'records:setSchedule': {
      type: 'comment',
      trigger: 'created',
      period: { years: 2, months: 0, days: 0 },
      authority: 'GS1 item 41',
    },
    'records:placeHold': { name: 'Doe v. City', matter: 'Case 26-CV-1182', scope: {} },
    'records:releaseHold': { hold: UNKNOWN_ID, reason: 'Settled' },
    'records:due': {},
    'records:dispose': { reason: 'Retention ended' },
    'audit:list': {},
    'audit:save': { format: 'csv' },
  });
  const post = () => ({ kind: 'post' as const, id: draftId });

  const who: (Role | undefined)[] = [undefined, ...ROLES];
  for (const channel of CHANNELS) {
    for (const role of who) {
      const permission: Permission = CHANNEL_PERMISSIONS[channel];
      const verdict = allowed(permission, role && [role]) ? 'allowed' : 'refused';
      it(`${channel} is ${verdict} for ${role ?? 'no one signed in'}`, async () => {
        if (role) services.session.signIn(people.get(role) as Profile);
        else services.session.signOut();
        const answer = await dispatch(channel, requests()[channel], true);
        if (verdict === 'allowed') {
          if (!answer.ok) expect(answer.error.code).not.toMatch(/^(not-permitted|not-signed-in)$/);
          return;
        }
        expect(answer.ok).toBe(false);
        if (answer.ok) return;
        expect(answer.error.code).toBe(role ? 'not-permitted' : 'not-signed-in');
        expectRefusal(answer.error.message, permission, role);
      });
    }
  }

  it('checks the roles the profile holds now, not those it held at sign-in', async () => {
    const moderator = people.get('moderator') as Profile;
    // Signed in with a drafter role the store does not give this profile: the store wins.
    services.session.signIn({ ...moderator, roles: ['drafter'] });
    const answer = await dispatch('drafts:submit', { id: draftId }, true);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('Sam Ortiz has moderator');
  });
});

describe('every command with every role, through the command line', () => {
  let folder: string;
  let pageId = '';
  const roleless: (Role | undefined)[] = [undefined, ...ROLES];

  beforeAll(async () => {
    folder = await sharedFolder('social-desk-permissions-cli-');
    const { journal } = await Journal.open(folder);
    const profiles = await ProfileService.open(folder, { audit: new AuditTrail(journal) });
    let first: Profile | undefined;
    for (const role of ADMIN_FIRST) {
      const profile = await profiles.add(
        { name: PERSON[role], roles: [role], passphrase: PASSPHRASE },
        first,
      );
      first ??= profile;
    }
    const pages = await PageService.open(folder);
    const page = await pages.add(
      { platform: 'facebook', name: 'Example PD', url: 'https://www.facebook.com/examplepd' },
      first as Profile,
      new AuditTrail(journal),
    );
    pageId = page.id;
    await journal.close();
  }, SIGN_IN_TIMEOUT);

  /** Arguments with which each command gets past the command line to its real work. */
  const argumentsFor = (command: CliCommand, n: number): string[] => {
    switch (command) {
      case 'drafts list':
      case 'profiles list':
      case 'pages list':
      case 'log verify':
      case 'log checkpoint':
        return command.split(' ');
      case 'check':
        return ['check', join(REPO_ROOT, 'tests/fixtures/permissions/post.txt')];
      case 'profiles add':
        return ['profiles', 'add', '--name', `New Person ${n}`, '--roles', 'drafter'];
      case 'pages add':
        return [
          'pages',
          'add',
          '--platform',
          'x',
          '--name',
          `Page ${n}`,
          '--url',
          `https://x.com/examplepd${n}`,
        ];
      case 'drafts show':
        return ['drafts', 'show', UNKNOWN_ID];
      case 'drafts diff':
        return ['drafts', 'diff', UNKNOWN_ID];
      case 'drafts add':
        return ['drafts', 'add', join(REPO_ROOT, 'tests/fixtures/permissions/draft.json')];
      case 'drafts save':
        return [
          'drafts',
          'save',
          UNKNOWN_ID,
          join(REPO_ROOT, 'tests/fixtures/permissions/draft.json'),
        ];
      case 'drafts attest':
        return ['drafts', 'attest', UNKNOWN_ID, '--items', 'identifies-department'];
      case 'drafts submit':
        return ['drafts', 'submit', UNKNOWN_ID];
      case 'drafts decide':
        return ['drafts', 'decide', UNKNOWN_ID, '--decision', 'approve'];
      case 'drafts published':
        return ['drafts', 'published', UNKNOWN_ID, '--url', 'https://x.com/examplepd/status/1'];
      case 'packet':
        return ['packet', UNKNOWN_ID, '--out', join(folder, '..', `permissions-packet-${n}.html`)];
      case 'pages intro':
        return [
          'pages',
          'intro',
          pageId,
          join(REPO_ROOT, 'tests/fixtures/permissions/intro.txt'),
          '--categories',
          'obscenity,off-topic,personal-attack',
        ];
      case 'comments import':
        return ['comments', 'import', sample('facebook-comments.csv'), '--page', pageId];
      case 'comments list':
        return ['comments', 'list', '--page', pageId];
      case 'comments act':
        return ['comments', 'act', '999999', '--action', 'keep'];
      case 'comments history':
        return ['comments', 'history', '1'];
      case 'comments report':
        return ['comments', 'report', '--out', join(folder, '..', `permissions-report-${n}.html`)];
      case 'backup':
        return ['backup', '--out', join(folder, '..', `permissions-backup-${n}.tar`)];
      case 'search':
        return ['search', 'road', 'closure'];
      case 'export':
        return [
          'export',
          '--request',
          'PRR 2026-114',
          '--out',
          join(folder, '..', `permissions-export-${n}`),
        ];
      case 'export verify':
        // No export there: the command gets past the permission check, then says so (exit 1).
        return ['export', 'verify', join(folder, '..', 'no-such-export')];
      case 'audit':
        return ['audit', '--kind', 'audit.change'];
      case 'retention due':
      case 'holds list':
        return command.split(' ');
      case 'retention set':
        return [
          'retention',
          'set',
          '--type',
          'comment',
          '--trigger',
          'created',
          '--days',
          String(n),
          '--authority',
          'GS1 item 41',
        ];
      case 'holds add':
        return ['holds', 'add', '--name', `Hold ${n}`, '--matter', 'PRR 2026-114'];
      case 'holds release':
        return ['holds', 'release', UNKNOWN_ID, '--reason', 'The matter is closed'];
      case 'dispose':
        return ['dispose', '--reason', 'Retention period ended'];
      case 'settings place-names':
        return [
          'settings',
          'place-names',
          join(REPO_ROOT, 'tests/fixtures/permissions/place-names.txt'),
        ];
      case 'restore':
        // A file that is no backup: the command gets past the permission check, then refuses it.
        return ['restore', join(folder, 'no-such-backup.tar')];
    }
  };

  let n = 0;
  for (const command of CLI_COMMANDS) {
    for (const role of roleless) {
      const permission: Permission = COMMAND_PERMISSIONS[command];
      const verdict = allowed(permission, role && [role]) ? 'allowed' : 'refused';
      // Without a profile a writing command is refused before the table (it needs --profile).
      if (role === undefined && permission.kind === 'roles') continue;
      it(
        `${command} is ${verdict} for ${role ?? 'no profile'}`,
        async () => {
          n += 1;
          setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE, SOCIAL_DESK_NEW_PASSPHRASE: PASSPHRASE });
          const profile = role ? ['--profile', PERSON[role]] : [];
          const before = await snapshotTree(folder);
          const run = await cli(...argumentsFor(command, n), '--data', folder, ...profile);
          if (verdict === 'allowed') {
            expect(run.err).not.toMatch(/needs the .* role/);
            return;
          }
          expect(run.code).toBe(1);
          expectRefusal(run.err, permission, role);
          // Refused before anything was read or written: the folder is exactly as it was.
          expect(await snapshotTree(folder)).toEqual(before);
        },
        SIGN_IN_TIMEOUT,
      );
    }
  }

  it('writing commands without --profile are refused and say to add it', async () => {
    for (const command of CLI_COMMANDS.filter((c) => COMMAND_PERMISSIONS[c].kind === 'roles')) {
      if (command === 'profiles add') continue;
      const run = await cli(...argumentsFor(command, 1000), '--data', folder);
      expect(run.code, command).not.toBe(0);
      expect(run.err, command).toMatch(/--profile/);
    }
  });

  it('a writing command on a folder that does not exist creates nothing', async () => {
    const parent = await tempFolder();
    const mistyped = join(parent, 'social-desk-dta');
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const run = await cli(
      'pages',
      'add',
      '--platform',
      'x',
      '--name',
      'P',
      '--url',
      'https://x.com/p',
      '--data',
      mistyped,
      '--profile',
      PERSON.administrator,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain(`There is no data folder at ${mistyped}`);
    expect(run.err).toContain('nothing was changed');
    expect(await snapshotTree(parent)).toEqual(new Map());
  });

  it(
    'the first administrator of a new folder is told the folder was started',
    async () => {
      const parent = await tempFolder();
      const fresh = join(parent, 'new-desk');
      setEnv({ SOCIAL_DESK_NEW_PASSPHRASE: PASSPHRASE });
      const run = await cli(
        'profiles',
        'add',
        '--name',
        'Dana Reyes',
        '--roles',
        'administrator',
        '--data',
        fresh,
      );
      expect(run.code).toBe(0);
      expect(run.err).toContain(`started a new data folder at ${fresh}`);
    },
    SIGN_IN_TIMEOUT,
  );
});
