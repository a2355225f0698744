import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { DRAFT_CATEGORIES } from '../../src/shared/drafts/categories';
import { type Draft, draftContentSchema } from '../../src/shared/drafts/draft';
import {
  TEMPLATES,
  TEMPLATE_FIELD_MAX,
  fillTemplate,
  templateFor,
} from '../../src/shared/drafts/templates';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';
import { sharedFolder } from './records-fixtures';
import { snapshotTree } from './temp-folder';

const MISSING_JORDAN = {
  title: 'Missing: Jordan Avery',
  body: 'Have you seen Jordan?',
  category: 'missing-person',
  pages: [],
  fields: TEMPLATE_FIELDS_FOR['missing-person'],
} as const;

function omit(fields: Readonly<Record<string, string>>, id: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== id));
}

/** The same content with one field taken out (or blanked). */
function without(id: string, blank = false) {
  const rest = omit(MISSING_JORDAN.fields, id);
  return { ...MISSING_JORDAN, fields: blank ? { ...rest, [id]: '   ' } : rest };
}

describe('fillTemplate: a plain post body from the template’s values', () => {
  it.each(TEMPLATES.map((template) => [template.category]))(
    'fills the %s template with every value it was given',
    (category) => {
      const fields: Record<string, string> =
        TEMPLATE_FIELDS_FOR[category as keyof typeof TEMPLATE_FIELDS_FOR];
      const body = fillTemplate(category, fields);
      expect(body).toBeDefined();
      for (const value of Object.values(fields)) expect(body).toContain(value);
      // No bracketed gap, no doubled full stop: text a department would post as it is.
      expect(body).not.toMatch(/\[|\.\./);
      expect(body?.split('\n').every((line) => line.trim() !== '')).toBe(true);
    },
  );

  it('writes a missing-person notice the way a department posts one', () => {
    expect(fillTemplate('missing-person', TEMPLATE_FIELDS_FOR['missing-person'])).toBe(
      [
        'MISSING PERSON: Jordan Avery, age 82.',
        '5 ft 6 in, slim, grey hair, blue coat.',
        'Last seen Oak Park, Tuesday around 3 p.m.',
        'If you see Jordan Avery, call the non-emergency line, 555-0100.',
      ].join('\n'),
    );
  });

  it('ends with the department’s name and website when they are known (III.B.1.a)', () => {
    const body = fillTemplate('road-closure', TEMPLATE_FIELDS_FOR['road-closure'], {
      name: 'Example Police Department',
      websites: ['https://police.example.gov'],
    });
    expect(body?.split('\n').at(-1)).toBe('Example Police Department: https://police.example.gov');
    expect(body?.split('\n')[0]).toBe('ROAD CLOSURE: Main St between 1st Ave and 5th Ave.');
  });

  it('leaves a field that is still empty visible as its label in brackets, never a silent gap', () => {
    const rest: Record<string, string> = { ...TEMPLATE_FIELDS_FOR['road-closure'] };
    delete rest.detour;
    expect(fillTemplate('road-closure', rest)).toContain('Detour: [Detour].');
  });

  it('has nothing to fill for a category without a template', () => {
    expect(fillTemplate('special-event', {})).toBeUndefined();
  });
});

describe('draftContentSchema: a template’s fields are required', () => {
  it.each(TEMPLATES.flatMap((t) => t.fields.map((field) => [t.category, field.label, field.id])))(
    'refuses the %s draft without “%s”, at fields.%s, naming the field',
    (category, label, id) => {
      const all: Record<string, string> =
        TEMPLATE_FIELDS_FOR[category as keyof typeof TEMPLATE_FIELDS_FOR];
      const fields = omit(all, id);
      const parsed = draftContentSchema.safeParse({
        title: 'Notice',
        body: 'Text',
        category,
        pages: [],
        fields,
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues).toEqual([
        expect.objectContaining({
          path: ['fields', id],
          message: expect.stringContaining(`Fill in “${label}”`) as unknown,
        }),
      ]);
    },
  );

  it('takes every template category with all its fields', () => {
    for (const template of TEMPLATES) {
      const parsed = draftContentSchema.safeParse({
        title: 'Notice',
        body: 'Text',
        category: template.category,
        pages: [],
        fields: TEMPLATE_FIELDS_FOR[template.category as keyof typeof TEMPLATE_FIELDS_FOR],
      });
      expect(parsed.error?.issues).toBeUndefined();
    }
  });

  it('refuses a field of spaces only as if it were empty', () => {
    const parsed = draftContentSchema.safeParse(without('contact-line', true));
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['fields', 'contact-line']]);
  });

  it('needs no fields for a category without a template', () => {
    const plain = DRAFT_CATEGORIES.filter((category) => !templateFor(category.id));
    expect(plain.map((category) => category.id)).toContain('special-event');
    for (const category of plain) {
      const parsed = draftContentSchema.safeParse({
        title: 'Bike rodeo',
        body: 'Saturday at 10 a.m.',
        category: category.id,
        pages: [],
      });
      expect(parsed.success, category.id).toBe(true);
    }
  });

  it(`refuses a value over ${TEMPLATE_FIELD_MAX} characters, stating the limit in words`, () => {
    const long = { ...MISSING_JORDAN.fields, description: 'x'.repeat(TEMPLATE_FIELD_MAX + 1) };
    const parsed = draftContentSchema.safeParse({ ...MISSING_JORDAN, fields: long });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['fields', 'description'],
        message: `A template field has at most ${TEMPLATE_FIELD_MAX} characters`,
      }),
    ]);
    const atLimit = { ...MISSING_JORDAN.fields, description: 'x'.repeat(TEMPLATE_FIELD_MAX) };
    expect(draftContentSchema.safeParse({ ...MISSING_JORDAN, fields: atLimit }).success).toBe(true);
  });
});

describe('the main process refuses a template draft without its fields', () => {
  let folder: string;
  let services: Services;
  let dispatch: Dispatch;
  beforeAll(async () => {
    folder = await sharedFolder('social-desk-templates-');
    services = await openServices(folder, 'templates test');
    dispatch = createDispatcher(createHandlers(services));
    const first = await dispatch(
      'session:createFirstAdministrator',
      { name: 'Pat Okafor', passphrase: 'a long enough passphrase' },
      true,
    );
    if (!first.ok) throw new Error(first.error.message);
  }, 60_000);
  afterAll(async () => {
    await services.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('drafts:save without the age: refused at fields.age, in words, and nothing is written', async () => {
    const before = await snapshotTree(join(folder, 'drafts')).catch(() => undefined);
    const result = await dispatch('drafts:save', without('age'), true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-request');
    expect(result.error.message).toContain(
      'Fill in “Age”: a missing or endangered person notice needs it',
    );
    // Said by the label the person sees, with no field path or id around it.
    expect(result.error.message).not.toMatch(/fields/i);
    expect(await snapshotTree(join(folder, 'drafts')).catch(() => undefined)).toEqual(before);
  });

  it('drafts:save adding a revision that empties a field is refused the same way', async () => {
    const saved = await dispatch('drafts:save', MISSING_JORDAN, true);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const draft = saved.value as Draft;
    expect(draft.revisions[0]?.fields).toEqual(MISSING_JORDAN.fields);
    const blanked = await dispatch('drafts:save', { ...without('name', true), id: draft.id }, true);
    expect(blanked.ok).toBe(false);
    if (blanked.ok) return;
    expect(blanked.error.message).toContain('Fill in “Name”');
  });

  it('drafts:save keeps only the chosen template’s values, not those of a template switched away from', async () => {
    const saved = await dispatch(
      'drafts:save',
      {
        title: 'Main St closed',
        body: 'Main St is closed.',
        category: 'road-closure',
        pages: [],
        fields: {
          ...TEMPLATE_FIELDS_FOR['missing-person'],
          ...TEMPLATE_FIELDS_FOR['road-closure'],
        },
      },
      true,
    );
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((saved.value as Draft).revisions[0]?.fields).toEqual(
      TEMPLATE_FIELDS_FOR['road-closure'],
    );
    const special = await dispatch(
      'drafts:save',
      {
        title: 'Bike rodeo',
        body: 'Saturday at 10 a.m.',
        category: 'special-event',
        pages: [],
        fields: TEMPLATE_FIELDS_FOR['road-closure'],
      },
      true,
    );
    expect(special.ok).toBe(true);
    if (special.ok) expect((special.value as Draft).revisions[0]?.fields).toBeUndefined();
  });

  it('drafts:save of a special event needs no fields', async () => {
    const saved = await dispatch(
      'drafts:save',
      { title: 'Bike rodeo', body: 'Saturday at 10 a.m.', category: 'special-event', pages: [] },
      true,
    );
    expect(saved.ok).toBe(true);
  });

  it('drafts:save with a value over the limit is refused, stating the limit', async () => {
    const long = { ...MISSING_JORDAN.fields, 'last-seen': 'y'.repeat(TEMPLATE_FIELD_MAX + 1) };
    const result = await dispatch('drafts:save', { ...MISSING_JORDAN, fields: long }, true);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(
      `A template field has at most ${TEMPLATE_FIELD_MAX} characters`,
    );
    expect(result.error.message).toContain('Last seen (where and when):');
  });
});
