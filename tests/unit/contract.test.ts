import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { AUDIT_CHANGE } from '../../src/main/audit/audit-trail';
import { DRAFT_INDEX, draftFile, draftsFolder } from '../../src/main/drafts/draft-files';
import { DraftService } from '../../src/main/drafts/draft-service';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { type Dispatch, type Handlers, createDispatcher } from '../../src/main/ipc/dispatcher';
import { sha256 } from '../../src/main/journal/journal-line';
import { readEvents } from '../../src/main/journal/read-events';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { canonicalJson } from '../../src/shared/canonical-json';
import { DRAFT_BODY_MAX, type Draft, draftSchema } from '../../src/shared/drafts/draft';
import { CHANNELS, CONTRACT, isChannel } from '../../src/shared/ipc/contract';
import { buildDeskApi } from '../../src/shared/ipc/desk-api';
import { type Profile, profileSchema } from '../../src/shared/profiles/profile';
import { sessionStatusSchema } from '../../src/shared/profiles/session';
import type { Result } from '../../src/shared/result';
import { snapshotTree, tempFolder } from './temp-folder';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

const CONTRACT_CHANNELS = Object.keys(CONTRACT);
const DRAFT_ID = '3f1f0c8e-8c2a-4d7e-9b1a-2f6c5d4e3a21';
const VALID_SAVE = { title: 'Lock your car', body: 'Take valuables inside.', category: 'other' };
const ADMINISTRATOR = { name: 'Pat Okafor', passphrase: 'a long enough passphrase' };

function unused(): never {
  throw new Error('This handler is not used by this test');
}

/** Typed as Handlers, so a channel added to the contract without a row here fails to compile. */
const UNUSED_HANDLERS: Handlers = {
  'app:info': unused,
  'pages:list': unused,
  'session:status': unused,
  'session:createFirstAdministrator': unused,
  'session:signIn': unused,
  'session:signOut': unused,
  'drafts:list': unused,
  'drafts:get': unused,
  'drafts:save': unused,
  'drafts:attest': unused,
  'drafts:attestSeveral': unused,
  'drafts:withdrawAttestation': unused,
  'drafts:uploadMedia': unused,
  'drafts:mediaFile': unused,
  'drafts:recordPermission': unused,
  'drafts:search': unused,
  'drafts:copyText': unused,
  'drafts:justify': unused,
  'drafts:submit': unused,
  'drafts:withdraw': unused,
  'drafts:published': unused,
  'drafts:archive': unused,
  'approvals:inbox': unused,
  'approvals:decide': unused,
  'approvals:transcribe': unused,
  'approvals:recordVerbal': unused,
  'approvals:confirm': unused,
  'approvals:transcribeConfirmation': unused,
  'packets:get': unused,
  'packets:saveHtml': unused,
  'packets:savePdf': unused,
  'packets:print': unused,
  'pages:get': unused,
  'pages:save': unused,
  'pages:submit': unused,
  'pages:published': unused,
  'pages:introSave': unused,
  'pages:introAttest': unused,
  'pages:introSubmit': unused,
  'pages:introPublished': unused,
  'pages:introInForce': unused,
  'settings:get': unused,
  'settings:save': unused,
  'settings:importDepartmentFile': unused,
  'settings:importPlaceNames': unused,
  'people:list': unused,
  'people:add': unused,
  'people:setRoles': unused,
  'people:resetPassphrase': unused,
  'people:deactivate': unused,
  'people:reactivate': unused,
  'comments:list': unused,
  'comments:get': unused,
  'comments:act': unused,
  'comments:correct': unused,
  'comments:review': unused,
  'comments:notice': unused,
  'comments:noticeText': unused,
  'comments:pageRules': unused,
  'comments:setPageRules': unused,
  'comments:add': unused,
  'comments:chooseImportFile': unused,
  'comments:previewImport': unused,
  'comments:startImport': unused,
  'comments:importStatus': unused,
  'comments:cancelImport': unused,
  'comments:mappings': unused,
  'comments:report': unused,
  'comments:saveReport': unused,
  'comments:journalStatus': unused,
  'records:search': unused,
  'records:prepareSearch': unused,
  'records:startExport': unused,
  'records:exportStatus': unused,
  'records:cancelExport': unused,
  'records:retention': unused,
  'records:setSchedule': unused,
  'records:placeHold': unused,
  'records:releaseHold': unused,
  'records:due': unused,
  'records:dispose': unused,
  'audit:list': unused,
  'audit:save': unused,
};

/** The error of a failed result, failing the test when the result succeeded. */
function errorOf(result: Result<unknown>) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok)
    throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Invalid drafts:save payloads, each with the field its error message must name. */
const INVALID_SAVES: readonly { what: string; payload: unknown; names: RegExp }[] = [
  { what: 'missing title', payload: { body: 'b', category: 'other' }, names: /^Title: Missing/ },
  {
    what: 'blank title',
    payload: { ...VALID_SAVE, title: '   ' },
    names: /^Title: Give the draft a title\./,
  },
  {
    what: 'title not a string',
    payload: { ...VALID_SAVE, title: 42 },
    names: /^Title: Expected text, received a whole number\./,
  },
  {
    what: 'unknown category',
    payload: { ...VALID_SAVE, category: 'gossip' },
    names: /^Category: Choose a category/,
  },
  {
    what: 'body over the limit',
    payload: { ...VALID_SAVE, body: 'x'.repeat(DRAFT_BODY_MAX + 1) },
    names: /^Body: /,
  },
  {
    what: 'extra key',
    payload: { ...VALID_SAVE, author: 'mallory' },
    names: /does not take: “author”/,
  },
  {
    what: 'savedBy smuggled in',
    payload: { ...VALID_SAVE, savedBy: 'mallory' },
    names: /does not take: “savedBy”/,
  },
  { what: 'id not a UUID', payload: { ...VALID_SAVE, id: '../drafts' }, names: /^Id: / },
  {
    what: 'a string',
    payload: 'Lock your car',
    names: /^Expected a set of named fields, received text\.$/,
  },
  { what: 'null', payload: null, names: /^Expected a set of named fields, received nothing/ },
  {
    what: 'an array',
    payload: [VALID_SAVE],
    names: /^Expected a set of named fields, received a list\.$/,
  },
];

describe('the IPC contract table', () => {
  it('names every channel domain:verb, a lower-case domain and a lowerCamelCase verb', () => {
    expect(CONTRACT_CHANNELS.length).toBeGreaterThan(0);
    for (const channel of CONTRACT_CHANNELS) {
      expect(channel).toMatch(/^[a-z]+:[a-z]+(?:[A-Z][a-z]+)*$/);
    }
    expect([...CHANNELS].sort()).toEqual([...CONTRACT_CHANNELS].sort());
  });

  it('has a channel for every domain of the app, each named domain:verb', () => {
    const domains = new Set(CHANNELS.map((channel) => channel.split(':')[0]));
    expect([...domains].sort()).toEqual(
      [
        'app',
        'approvals',
        'audit',
        'comments',
        'drafts',
        'packets',
        'pages',
        'people',
        'records',
        'session',
        'settings',
      ].sort(),
    );
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    // The handler table used by the dispatcher tests covers every one of them.
    expect(Object.keys(UNUSED_HANDLERS).sort()).toEqual([...CHANNELS].sort());
  });

  it('knows only its own channels, not names inherited from Object', () => {
    for (const channel of CONTRACT_CHANNELS) expect(isChannel(channel)).toBe(true);
    for (const name of [
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      'drafts:delete',
      'session:signin',
    ]) {
      expect(isChannel(name)).toBe(false);
    }
    expect(isChannel(42)).toBe(false);
  });
});

describe('the dispatcher', () => {
  it.each(INVALID_SAVES)(
    'refuses a drafts:save with $what, naming what is wrong',
    async ({ payload, names }) => {
      let called = false;
      const dispatch = createDispatcher({
        ...UNUSED_HANDLERS,
        'drafts:save': () => {
          called = true;
          return unused();
        },
      });
      const error = errorOf(await dispatch('drafts:save', payload, true));
      expect(error.code).toBe('invalid-request');
      expect(error.message).toMatch(names);
      expect(error.message).not.toMatch(/drafts:save|✖|→/);
      expect(called).toBe(false);
    },
  );

  it('caps a justification: the reason and the quoted words, each named with its limit', async () => {
    const dispatch = createDispatcher(UNUSED_HANDLERS);
    const justify = { id: DRAFT_ID, kind: 'personal-data', text: 'Main St', reason: 'A street.' };
    const long = errorOf(
      await dispatch('drafts:justify', { ...justify, reason: 'x'.repeat(2_001) }, true),
    );
    expect(long.code).toBe('invalid-request');
    expect(long.message).toContain('at most 2,000 characters');
    const huge = errorOf(
      await dispatch(
        'drafts:justify',
        { ...justify, reason: 'A public street name.', text: 'y'.repeat(100_201) },
        true,
      ),
    );
    expect(huge.code).toBe('invalid-request');
    expect(huge.message).toContain('longer than any draft');
  });

  it('says a refused request per field in words, the same in the renderer as in the main process', async () => {
    const dispatch = createDispatcher(UNUSED_HANDLERS);
    const short = { id: DRAFT_ID, kind: 'personal-data', text: 'Main St', reason: 'short' };
    const refused = errorOf(await dispatch('drafts:justify', short, true));
    expect(refused).toEqual({
      code: 'invalid-request',
      message: 'Reason: Say why in at least 10 characters: the approver reads it.',
    });
    // Several fields, each by a readable name (camelCase split), none by a developer's path.
    const several = errorOf(
      await dispatch(
        'drafts:recordPermission',
        { id: DRAFT_ID, grantedBy: '', grantedOn: 'soon', scope: 'Photo' },
        true,
      ),
    );
    expect(several.message).toBe(
      'Granted by: Name who granted the permission. Granted on: The date on the permission, as YYYY-MM-DD. Scan: Missing: fill it in.',
    );
    const listed = errorOf(
      await dispatch('drafts:attestSeveral', { id: DRAFT_ID, itemIds: ['a', 7] }, true),
    );
    expect(listed.message).toBe('Item ids, number 2: Expected text, received a whole number.');
    const api = buildDeskApi(() => Promise.reject(new Error('never sent')));
    const fromRenderer = api.drafts.justify as (request: unknown) => Promise<Result<unknown>>;
    expect(errorOf(await fromRenderer(short))).toEqual(refused);
  });

  it('refuses an untrusted sender before it even looks at the payload', async () => {
    const touched: string[] = [];
    const probe = () =>
      new Proxy(
        {},
        {
          get: (_target, key) => {
            touched.push(`get ${String(key)}`);
            return undefined;
          },
          has: (_target, key) => {
            touched.push(`has ${String(key)}`);
            return false;
          },
          ownKeys: () => {
            touched.push('ownKeys');
            return [];
          },
          getPrototypeOf: () => {
            touched.push('getPrototypeOf');
            return Object.prototype;
          },
        },
      );
    let called = false;
    const dispatch = createDispatcher({
      ...UNUSED_HANDLERS,
      'drafts:save': () => {
        called = true;
        return unused();
      },
    });

    const refused = errorOf(await dispatch('drafts:save', probe(), false));
    expect(refused.code).toBe('untrusted-sender');
    expect(refused.message).toContain('drafts:save');
    expect(touched).toEqual([]);
    expect(called).toBe(false);

    // The same payload from a trusted sender is read (and refused as invalid): the probe works.
    const invalid = errorOf(await dispatch('drafts:save', probe(), true));
    expect(invalid.code).toBe('invalid-request');
    expect(touched.length).toBeGreaterThan(0);
  });

  it('refuses an untrusted sender even when the request is valid', async () => {
    let called = false;
    const dispatch = createDispatcher({
      ...UNUSED_HANDLERS,
      'app:info': () => {
        called = true;
        return { version: '1', dataFolder: '/data', notices: [], department: null };
      },
    });
    expect(errorOf(await dispatch('app:info', {}, false)).code).toBe('untrusted-sender');
    expect(called).toBe(false);
  });

  it.each(['drafts:delete', 'toString', '__proto__', '', 42, undefined])(
    'refuses the unknown channel %j',
    async (channel) => {
      const error = errorOf(await createDispatcher(UNUSED_HANDLERS)(channel, {}, true));
      expect(error.code).toBe('unknown-channel');
      expect(error.message).toMatch(/no channel named/);
    },
  );

  it("answers a handler's DeskFailure with its own code and message", async () => {
    const dispatch = createDispatcher({
      ...UNUSED_HANDLERS,
      'drafts:get': ({ id }) => {
        throw new DeskFailure('not-found', `There is no draft with id ${id}.`);
      },
    });
    expect(errorOf(await dispatch('drafts:get', { id: DRAFT_ID }, true))).toEqual({
      code: 'not-found',
      message: `There is no draft with id ${DRAFT_ID}.`,
    });
  });

  it('answers any other thrown error as internal, with its message', async () => {
    const dispatch = createDispatcher({
      ...UNUSED_HANDLERS,
      'drafts:list': () => {
        throw new Error('disk on fire');
      },
    });
    const error = errorOf(await dispatch('drafts:list', {}, true));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('disk on fire');
  });

  it('answers internal when a handler returns what the response schema refuses', async () => {
    const badVersion = createDispatcher({
      ...UNUSED_HANDLERS,
      'app:info': () => ({ version: 7, dataFolder: '/data', notices: [] }) as unknown as never,
    });
    const error = errorOf(await badVersion('app:info', {}, true));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/\bversion\b/);

    const extraKey = createDispatcher({
      ...UNUSED_HANDLERS,
      'app:info': () =>
        ({ version: '1', dataFolder: '/data', notices: [], token: 's3cret' }) as never,
    });
    expect(errorOf(await extraKey('app:info', {}, true)).code).toBe('internal');
  });

  it('passes a valid request to its handler and answers ok with the value', async () => {
    const seen: unknown[] = [];
    const dispatch = createDispatcher({
      ...UNUSED_HANDLERS,
      'app:info': (request) => {
        seen.push(request);
        return {
          version: '1.2.3',
          dataFolder: '/data',
          notices: ['A torn write was cut away.'],
          department: null,
        };
      },
    });
    expect(await dispatch('app:info', {}, true)).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        dataFolder: '/data',
        notices: ['A torn write was cut away.'],
        department: null,
      },
    });
    expect(seen).toEqual([{}]);
  });
});

describe('the dispatcher on the session channels', () => {
  it.each([
    {
      channel: 'session:createFirstAdministrator',
      what: 'a passphrase under 10 characters',
      payload: { name: 'Pat', passphrase: 'short' },
      names: /Passphrase: [^.]*at least 10 characters/,
    },
    {
      channel: 'session:createFirstAdministrator',
      what: 'no name',
      payload: { passphrase: ADMINISTRATOR.passphrase },
      names: /^Name: Missing/,
    },
    {
      channel: 'session:createFirstAdministrator',
      what: 'a blank name',
      payload: { name: '   ', passphrase: ADMINISTRATOR.passphrase },
      names: /Give the profile a name/,
    },
    {
      channel: 'session:createFirstAdministrator',
      what: 'roles smuggled in',
      payload: { ...ADMINISTRATOR, roles: ['approver'] },
      names: /does not take: “roles”/,
    },
    {
      channel: 'session:signIn',
      what: 'an empty passphrase',
      payload: { name: 'Pat', passphrase: '' },
      names: /Enter your passphrase/,
    },
    {
      channel: 'session:signIn',
      what: 'a profile id instead of a passphrase',
      payload: { name: 'Pat', id: DRAFT_ID },
      names: /^Passphrase: Missing: fill it in\. A field Social Desk does not take: “id”\.$/,
    },
    { channel: 'session:status', what: 'an extra key', payload: { as: 'admin' }, names: /“as”/ },
    {
      channel: 'session:signOut',
      what: 'a string',
      payload: 'now',
      names: /Expected a set of named fields/,
    },
  ] as const)(
    'refuses $channel with $what, naming what is wrong',
    async ({ channel, payload, names }) => {
      let called = false;
      const handler = () => {
        called = true;
        return unused();
      };
      const dispatch = createDispatcher({ ...UNUSED_HANDLERS, [channel]: handler });
      const error = errorOf(await dispatch(channel, payload, true));
      expect(error.code).toBe('invalid-request');
      expect(error.message).toMatch(names);
      expect(error.message).not.toMatch(/✖|→/);
      expect(called).toBe(false);
    },
  );

  it('never answers with a passphrase hash, even when a handler returns one', async () => {
    const dispatch = createDispatcher({
      ...UNUSED_HANDLERS,
      'session:signIn': () =>
        ({
          id: DRAFT_ID,
          name: 'Pat',
          roles: ['administrator'],
          createdAt: '2025-03-01T09:00:00.000Z',
          createdBy: 'first-start',
          passphrase: { algorithm: 'scrypt', salt: 's', hash: 'h' },
        }) as never,
    });
    const error = errorOf(await dispatch('session:signIn', ADMINISTRATOR, true));
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('"h"');
  });
});

const auditPayloadSchema = z
  .object({
    store: z.string(),
    document: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
    summary: z.string(),
    storeHash: z.string().optional(),
  })
  .strict();

/** The journal's audit.change events, in order, with their payload parsed. */
async function auditEvents(folder: string) {
  const events = [];
  for await (const event of readEvents(folder)) {
    if (event.header.type !== AUDIT_CHANGE) continue;
    events.push({ by: event.header.by, ...auditPayloadSchema.parse(event.payload) });
  }
  return events;
}

/** How the audit trail fingerprints a document. */
function hashOf(document: unknown): string {
  return sha256(canonicalJson(document));
}

/** A draft as the store holds it on disk, read straight from its file. */
async function draftOnDisk(folder: string, id: string): Promise<unknown> {
  const file: unknown = JSON.parse(await readFile(draftFile(folder, id), 'utf8'));
  return z.object({ draft: draftSchema }).parse(file).draft;
}

/** Opens a data folder's services, closing them (and so releasing its lock) when the test ends. */
async function openDesk(folder: string): Promise<{ services: Services; dispatch: Dispatch }> {
  const services = await openServices(folder, 'contract test');
  onTestFinished(() => services.close());
  return { services, dispatch: createDispatcher(createHandlers(services)) };
}

describe('the dispatcher over the real services, before anyone signs in', () => {
  it('refuses every drafts channel with not-signed-in and changes nothing', async () => {
    const folder = await tempFolder();
    const { services, dispatch } = await openDesk(folder);
    const before = await snapshotTree(folder);

    expect(valueOf(await dispatch('session:status', {}, true))).toEqual({
      profilesExist: false,
      signedIn: null,
      profileNames: [],
    });
    for (const [channel, payload] of [
      ['drafts:list', {}],
      ['drafts:get', { id: DRAFT_ID }],
      ['drafts:save', VALID_SAVE],
      ['drafts:save', { ...VALID_SAVE, id: DRAFT_ID }],
    ] as const) {
      const error = errorOf(await dispatch(channel, payload, true));
      expect(error.code, channel).toBe('not-signed-in');
      expect(error.message).toMatch(/Sign in/);
    }
    expect(await snapshotTree(folder)).toEqual(before);
    expect(services.drafts.list()).toEqual([]);
    expect(services.journal.head().events).toBe(0);
  });

  it('refuses a first administrator with a short passphrase, creating no profile', async () => {
    const folder = await tempFolder();
    const { dispatch } = await openDesk(folder);
    const before = await snapshotTree(folder);
    const error = errorOf(
      await dispatch(
        'session:createFirstAdministrator',
        { name: 'Pat', passphrase: 'short' },
        true,
      ),
    );
    expect(error.code).toBe('invalid-request');
    expect(await snapshotTree(folder)).toEqual(before);
    expect(valueOf(await dispatch('session:status', {}, true))).toMatchObject({
      profilesExist: false,
    });
  });

  it("holds the data folder's writer lock until they are closed", async () => {
    const folder = await tempFolder();
    const services = await openServices(folder, 'first window');
    const refused = await openServices(folder, 'second window').then(
      async (second) => {
        await second.close();
        return undefined;
      },
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DeskFailure);
    expect(refused).toMatchObject({
      code: 'folder-in-use',
      message: expect.stringContaining('first window') as unknown,
    });

    await services.close();
    const again = await openServices(folder, 'second window');
    await again.close();
  });
});

/**
 * One data folder with its first administrator for this whole section: creating a profile hashes a
 * passphrase with scrypt (about 0.3 s), so it is done once. Each test states what it relies on.
 */
describe('the dispatcher over the real services, signed in as the first administrator', () => {
  let shared:
    { folder: string; services: Services; dispatch: Dispatch; administrator: Profile } | undefined;

  function desk() {
    if (!shared) throw new Error('The shared data folder was not set up');
    return shared;
  }

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'social-desk-unit-'));
    const services = await openServices(folder, 'contract test');
    const dispatch = createDispatcher(createHandlers(services));
    try {
      const created = await dispatch('session:createFirstAdministrator', ADMINISTRATOR, true);
      shared = { folder, services, dispatch, administrator: profileSchema.parse(valueOf(created)) };
    } catch (error) {
      await services.close();
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  });

  afterAll(async () => {
    await shared?.services.close();
    if (shared) await rm(shared.folder, { recursive: true, force: true });
  });

  /** Saves through the dispatcher as the window would, failing the test on a refusal. */
  async function save(request: unknown): Promise<Draft> {
    return draftSchema.parse(valueOf(await desk().dispatch('drafts:save', request, true)));
  }

  it('signs the first administrator in, and records the new profile in the journal', async () => {
    const { dispatch, administrator, folder } = desk();
    expect(administrator).toMatchObject({ name: ADMINISTRATOR.name, createdBy: 'first-start' });
    expect(administrator.roles).toContain('administrator');
    expect(Object.keys(administrator)).not.toContain('passphrase');
    expect(sessionStatusSchema.parse(valueOf(await dispatch('session:status', {}, true)))).toEqual({
      profilesExist: true,
      signedIn: administrator,
      profileNames: [ADMINISTRATOR.name],
    });
    expect(await auditEvents(folder)).toEqual([
      expect.objectContaining({
        by: administrator.id,
        store: 'profiles',
        document: administrator.id,
        before: null,
      }),
    ]);
  });

  it('refuses a second first administrator, changing nothing', async () => {
    const { dispatch, folder } = desk();
    const before = await snapshotTree(folder);
    const error = errorOf(
      await dispatch(
        'session:createFirstAdministrator',
        { name: 'Mallory', passphrase: 'another long passphrase' },
        true,
      ),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('already has profiles');
    expect(await snapshotTree(folder)).toEqual(before);
  });

  it('leaves every file in the data folder, the journal too, untouched when drafts:save is refused', async () => {
    const { dispatch, folder, services } = desk();
    const untouched = await snapshotTree(folder);
    const head = services.journal.head();
    const listed = services.drafts.list();
    for (const { payload } of INVALID_SAVES) {
      expect(errorOf(await dispatch('drafts:save', payload, true)).code).toBe('invalid-request');
    }
    expect(errorOf(await dispatch('drafts:save', VALID_SAVE, false)).code).toBe('untrusted-sender');
    expect(await snapshotTree(folder)).toEqual(untouched);
    expect(services.journal.head()).toEqual(head);
    expect(services.drafts.list()).toEqual(listed);

    // With a draft stored, refused saves (new drafts and edits alike) change no byte either.
    const saved = await save(VALID_SAVE);
    const before = await snapshotTree(folder);
    const headBefore = services.journal.head();
    const listedBefore = services.drafts.list();
    for (const { payload } of INVALID_SAVES) {
      const edit =
        typeof payload === 'object' && payload !== null ? { id: saved.id, ...payload } : payload;
      expect(errorOf(await dispatch('drafts:save', payload, true)).code).toBe('invalid-request');
      expect(errorOf(await dispatch('drafts:save', edit, true)).code).toBe('invalid-request');
    }
    const edit = { ...VALID_SAVE, id: saved.id, body: 'Changed' };
    expect(errorOf(await dispatch('drafts:save', edit, false)).code).toBe('untrusted-sender');
    const unknownDraft = { ...VALID_SAVE, id: DRAFT_ID };
    expect(errorOf(await dispatch('drafts:save', unknownDraft, true)).code).toBe('not-found');

    expect(await snapshotTree(folder)).toEqual(before);
    expect(services.journal.head()).toEqual(headBefore);
    expect(services.drafts.list()).toEqual(listedBefore);
    expect(await services.drafts.get(saved.id)).toEqual(saved);
  });

  it('saves a valid draft into drafts/, by the signed-in profile, and audits it in the journal', async () => {
    const { folder, administrator, services } = desk();
    const auditedBefore = (await auditEvents(folder)).length;

    const saved = await save({
      ...VALID_SAVE,
      title: 'Road closed',
      category: 'road-closure',
      fields: TEMPLATE_FIELDS_FOR['road-closure'],
    });
    expect(saved.revisions.map((revision) => revision.savedBy)).toEqual([administrator.id]);
    expect(await draftOnDisk(folder, saved.id)).toEqual(saved);
    const index = await readFile(join(draftsFolder(folder), DRAFT_INDEX), 'utf8');
    expect(index).toContain(`"id":"${saved.id}"`);

    const edited = await save({
      ...VALID_SAVE,
      id: saved.id,
      title: 'Road closed',
      body: 'Main St.',
      category: 'road-closure',
      fields: TEMPLATE_FIELDS_FOR['road-closure'],
    });
    expect(edited.revisions.map((revision) => revision.savedBy)).toEqual([
      administrator.id,
      administrator.id,
    ]);
    expect(await draftOnDisk(folder, saved.id)).toEqual(edited);

    expect((await auditEvents(folder)).slice(auditedBefore)).toEqual([
      {
        by: administrator.id,
        store: 'drafts',
        document: saved.id,
        before: null,
        after: hashOf(saved),
        storeHash: hashOf(saved),
        summary: 'draft "Road closed" saved as revision 1',
      },
      {
        by: administrator.id,
        store: 'drafts',
        document: saved.id,
        before: hashOf(saved),
        after: hashOf(edited),
        storeHash: hashOf(edited),
        summary: 'draft "Road closed" saved as revision 2',
      },
    ]);
    // The file carries the stamp of the event that recorded it: written after the event.
    const stored = JSON.parse(await readFile(draftFile(folder, saved.id), 'utf8')) as {
      audit: { seq: number; storeHash: string };
    };
    expect(stored.audit).toEqual({
      seq: services.journal.head().events,
      storeHash: hashOf(edited),
    });
  });

  it('adds no revision, changes no file and audits nothing when the content is unchanged', async () => {
    const { folder, services } = desk();
    const saved = await save({ ...VALID_SAVE, title: 'Unchanged' });
    const before = await snapshotTree(folder);
    const head = services.journal.head();

    expect(await save({ ...VALID_SAVE, title: 'Unchanged', id: saved.id })).toEqual(saved);
    expect(await snapshotTree(folder)).toEqual(before);
    expect(services.journal.head()).toEqual(head);
  });

  it('audits a double-clicked save once: one revision, one audit.change', async () => {
    const { folder, dispatch, services } = desk();
    const saved = await save({ ...VALID_SAVE, title: 'Double click' });
    const auditedBefore = (await auditEvents(folder)).length;

    const edit = { ...VALID_SAVE, title: 'Double click', id: saved.id, body: 'Once' };
    await Promise.all([dispatch('drafts:save', edit, true), dispatch('drafts:save', edit, true)]);
    const final = await services.drafts.get(saved.id);
    expect(final.revisions).toHaveLength(2);

    const audited = (await auditEvents(folder)).slice(auditedBefore);
    expect(audited).toEqual([
      expect.objectContaining({
        document: saved.id,
        before: hashOf(saved),
        after: hashOf(final),
        summary: 'draft "Double click" saved as revision 2',
      }),
    ]);
  });

  it('audits two different saves to one draft at the same time as a chain: each before is the last after', async () => {
    const { folder, dispatch, services } = desk();
    const saved = await save({ ...VALID_SAVE, title: 'Busy draft' });
    const auditedBefore = (await auditEvents(folder)).length;

    const edit = { ...VALID_SAVE, title: 'Busy draft', id: saved.id };
    const results = await Promise.all([
      dispatch('drafts:save', { ...edit, body: 'Edit A' }, true),
      dispatch('drafts:save', { ...edit, body: 'Edit B' }, true),
    ]);
    const [afterA, afterB] = results.map((result) => draftSchema.parse(valueOf(result)));
    const final = await services.drafts.get(saved.id);
    expect(afterA?.revisions).toHaveLength(2);
    expect(afterB).toEqual(final);
    expect(final.revisions.map((revision) => revision.body)).toEqual([
      VALID_SAVE.body,
      'Edit A',
      'Edit B',
    ]);

    const audited = (await auditEvents(folder)).slice(auditedBefore);
    expect(audited.map((event) => [event.before, event.after])).toEqual([
      [hashOf(saved), hashOf(afterA)],
      [hashOf(afterA), hashOf(final)],
    ]);
  });

  it('saves, lists and reads back a draft through window.desk', async () => {
    const { dispatch, folder } = desk();
    const api = buildDeskApi((channel, request) => dispatch(channel, request, true));

    const saved = valueOf(
      await api.drafts.save({
        title: '  Road closed for the parade  ',
        body: 'Main St.',
        category: 'road-closure',
        fields: TEMPLATE_FIELDS_FOR['road-closure'],
      }),
    );
    expect(saved.revisions).toHaveLength(1);
    expect(saved.revisions[0]?.title).toBe('Road closed for the parade');
    expect(valueOf(await api.drafts.get({ id: saved.id }))).toEqual(saved);
    expect(valueOf(await api.drafts.list({}))[0]).toEqual(
      expect.objectContaining({
        id: saved.id,
        title: 'Road closed for the parade',
        revisionCount: 1,
      }),
    );
    expect(valueOf(await api.app.info({}))).toMatchObject({ dataFolder: folder, notices: [] });
    expect(await draftOnDisk(folder, saved.id)).toEqual(saved);
  });

  // Last in this section: it signs out, and signs in again at the end.
  it('refuses every drafts channel after signing out, changing nothing, and accepts them after signing in', async () => {
    const { dispatch, folder, administrator, services } = desk();
    const [someDraft] = services.drafts.list();
    if (!someDraft) throw new Error('The earlier tests saved drafts');

    const status = sessionStatusSchema.parse(valueOf(await dispatch('session:signOut', {}, true)));
    expect(status).toEqual({
      profilesExist: true,
      signedIn: null,
      profileNames: [ADMINISTRATOR.name],
    });
    const before = await snapshotTree(folder);
    const head = services.journal.head();
    for (const [channel, payload] of [
      ['drafts:list', {}],
      ['drafts:get', { id: someDraft.id }],
      ['drafts:save', VALID_SAVE],
      ['drafts:save', { ...VALID_SAVE, id: someDraft.id, body: 'Signed out' }],
    ] as const) {
      expect(errorOf(await dispatch(channel, payload, true)).code, channel).toBe('not-signed-in');
    }
    expect(await snapshotTree(folder)).toEqual(before);
    expect(services.journal.head()).toEqual(head);

    const signedIn = valueOf(await dispatch('session:signIn', ADMINISTRATOR, true));
    expect(signedIn).toEqual(administrator);
    const saved = await save({ ...VALID_SAVE, title: 'After signing in again' });
    expect(saved.revisions[0]?.savedBy).toBe(administrator.id);
    const reopened = await DraftService.open(folder);
    try {
      expect(await reopened.get(saved.id)).toEqual(saved);
    } finally {
      await reopened.close();
    }
  });
});

describe('window.desk, built from the contract', () => {
  /** The channels grouped as the API must group them: domain -> sorted verbs. */
  function expectedShape(): Record<string, string[]> {
    const shape: Record<string, string[]> = {};
    for (const channel of CONTRACT_CHANNELS) {
      const [domain = '', verb = ''] = channel.split(':');
      (shape[domain] ??= []).push(verb);
    }
    for (const verbs of Object.values(shape)) verbs.sort();
    return shape;
  }

  function shapeOf(api: object): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(api).map(([domain, verbs]) => [domain, Object.keys(verbs as object).sort()]),
    );
  }

  /** Calls an API function with a value its type would not allow, as a compromised page could. */
  function callUntyped(fn: (request: never) => Promise<Result<unknown>>, request: unknown) {
    return (fn as (request: unknown) => Promise<Result<unknown>>)(request);
  }

  it('exposes exactly one function per contract channel, grouped by domain', () => {
    const api = buildDeskApi(() => Promise.reject(new Error('not called')));
    expect(shapeOf(api)).toEqual(expectedShape());
    for (const channel of CONTRACT_CHANNELS) {
      const [domain = '', verb = ''] = channel.split(':');
      const group: unknown = Object.getOwnPropertyDescriptor(api, domain)?.value;
      expect(typeof (group as Record<string, unknown>)[verb]).toBe('function');
    }
    expect(typeof api.drafts.save).toBe('function');
  });

  it('sends each call on its own channel', async () => {
    const sent: { channel: string; request: unknown }[] = [];
    const api = buildDeskApi((channel, request) => {
      sent.push({ channel, request });
      return Promise.resolve({ ok: true, value: [] });
    });
    await api.drafts.list({});
    expect(sent).toEqual([{ channel: 'drafts:list', request: {} }]);
  });

  it('is frozen, so a page cannot swap a function for its own', () => {
    const api = buildDeskApi(() => Promise.reject(new Error('not called')));
    expect(Object.isFrozen(api)).toBe(true);
    for (const group of Object.values(api)) expect(Object.isFrozen(group)).toBe(true);
    expect(() => {
      Object.assign(api.drafts, { save: () => Promise.resolve({ ok: true, value: {} }) });
    }).toThrow(TypeError);
    expect(() => Object.assign(api, { shell: {} })).toThrow(TypeError);
  });

  it('refuses a bad request without calling the main process', async () => {
    let calls = 0;
    const api = buildDeskApi(() => {
      calls += 1;
      return Promise.resolve({ ok: true, value: [] });
    });
    for (const { payload, names } of INVALID_SAVES) {
      const error = errorOf(await callUntyped(api.drafts.save, payload));
      expect(error.code).toBe('invalid-request');
      expect(error.message).toMatch(names);
    }
    expect(errorOf(await callUntyped(api.drafts.get, { id: 'not-a-uuid' })).code).toBe(
      'invalid-request',
    );
    expect(errorOf(await callUntyped(api.app.info, { debug: true })).code).toBe('invalid-request');
    expect(calls).toBe(0);
  });

  it.each([
    { what: 'a value the response schema refuses', answer: { ok: true, value: { version: 5 } } },
    {
      what: 'an extra key beside the value',
      answer: { ok: true, value: { version: '1', dataFolder: '/d', notices: [] }, extra: 1 },
    },
    {
      what: 'an error with an unknown code',
      answer: { ok: false, error: { code: 'x', message: 'y' } },
    },
    { what: 'a bare value', answer: { version: '1', dataFolder: '/d', notices: [] } },
    { what: 'nothing', answer: undefined },
    { what: 'a string', answer: 'ok' },
  ])('answers internal when the main process answers $what', async ({ answer }) => {
    const api = buildDeskApi(() => Promise.resolve(answer));
    expect(errorOf(await api.app.info({})).code).toBe('internal');
  });

  it('answers internal when the main process cannot be reached', async () => {
    const api = buildDeskApi(() => Promise.reject(new Error('channel closed')));
    const error = errorOf(await api.app.info({}));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('channel closed');
  });

  it("passes the main process's failures through unchanged", async () => {
    const failure = { code: 'not-found', message: 'There is no draft with that id.' };
    const api = buildDeskApi(() => Promise.resolve({ ok: false, error: failure }));
    expect(errorOf(await api.drafts.get({ id: DRAFT_ID }))).toEqual(failure);
  });
});
