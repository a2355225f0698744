import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DepartmentSection } from '../../src/renderer/src/people/DepartmentSection';
import { PeopleSection } from '../../src/renderer/src/people/PeopleSection';
import type { SettingsView } from '../../src/shared/ipc/channels/people-channels';
import type { Profile } from '../../src/shared/profiles/profile';

// The screen's first render, as markup: what a person (and a screen reader) is offered before
// any click. Its actions are driven end to end by the lead's Playwright spec.
const DANA: Profile = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Dana Reyes',
  roles: ['administrator', 'drafter'],
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'first-start',
};
const SAM: Profile = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Sam Ortiz',
  roles: ['drafter'],
  createdAt: '2026-12-01T09:05:00.000Z',
  createdBy: DANA.id,
  deactivatedAt: '2026-12-02T10:00:00.000Z',
  deactivatedBy: DANA.id,
  deactivationReason: 'Left the unit',
};
const VIEW: SettingsView = {
  settings: null,
  departmentFile: {
    file: '/data/department.json',
    settings: {
      name: 'Example Police Department',
      website: 'https://www.cityofexample.gov/police',
      contactLines: [{ label: 'Non emergency', value: '(555) 555-0100' }],
    },
  },
  departmentFileProblem: null,
};
const noop = () => Promise.resolve();

function markup(canEdit: boolean, me: Profile): string {
  return (
    renderToStaticMarkup(
      createElement(DepartmentSection, { view: VIEW, canEdit, onChange: () => undefined }),
    ) +
    renderToStaticMarkup(
      createElement(PeopleSection, { people: [DANA, SAM], me, canEdit, onChange: noop }),
    )
  );
}

describe('the people and department screen, first render', () => {
  it('offers an administrator the forms, labelled, and the department.json import with what it holds', () => {
    const html = markup(true, DANA);
    for (const label of [
      'Department name',
      'Website',
      'Passphrase (at least 10 characters)',
      'The same passphrase again',
    ])
      expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('Import department.json');
    expect(html).toContain('Non emergency: (555) 555-0100');
    expect(html).toContain('Save department settings');
    expect(html).toContain('Add person');
    expect(html).toContain('Manage Sam Ortiz');
    expect(html).toContain('Left the unit');
    expect(html).toContain('by Dana Reyes');
  });

  it('shows everyone else a read-only view: no form, no button', () => {
    const html = markup(false, { ...SAM, deactivatedAt: undefined });
    expect(html).not.toContain('<input');
    expect(html).not.toContain('<button');
    expect(html).toContain('Example Police Department');
    expect(html).toContain('Sam Ortiz');
  });
});
