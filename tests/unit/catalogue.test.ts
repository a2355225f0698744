import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_CATEGORIES } from '../../src/shared/drafts/categories';
import {
  CATALOGUE,
  CONTENT_CHECKLIST,
  PAGE_DESIGN_CHECKLIST,
  type ChecklistItem,
} from '../../src/shared/policy/catalogue';
import { type ChecklistInput, evaluateChecklist } from '../../src/shared/policy/checklist';
import { DIRECTIVE_SECTIONS } from '../../src/shared/policy/directive';
import { targetItems } from '../../src/shared/policy/platform-check';
import { FINDING_KINDS, type FindingKind } from '../../src/shared/policy/finding';
import { SCANNERS, scanText } from '../../src/shared/policy/scanners';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';

const DIRECTIVE_TEXT = readFileSync(
  new URL('../../resources/policy/PD17-0407-social-media.txt', import.meta.url),
  'utf8',
);
const SECTION_IDS: readonly string[] = Object.keys(DIRECTIVE_SECTIONS);

/**
 * Typography is not wording: curly quotes and apostrophes become straight ones and runs of white
 * space one space. En and em dashes become one dash, but never a hyphen: "online-reporting" and
 * "audience(s) – general public" are different text.
 */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2015]/g, '\u2013')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How the directive marks a clause: "2." and "d." for outline levels, "1)" for numbered lists. */
function clauseMarker(section: string): string {
  const parts = section.split('.');
  const last = parts.at(-1) ?? '';
  return /^\d+$/.test(last) && parts.length > 3 ? `${last})` : `${last}.`;
}

function byId(id: string): ChecklistItem {
  const found = CATALOGUE.find((item) => item.id === id);
  if (!found) throw new Error(`No catalogue item ${id}`);
  return found;
}

const NOTHING: ChecklistInput = {
  findings: [],
  attested: new Set(),
  scannedKinds: new Set(SCANNERS.map((scanner) => scanner.kind)),
};

function stateOf(id: string, input: ChecklistInput) {
  const evaluation = evaluateChecklist([byId(id)], input)[0];
  if (!evaluation) throw new Error(`No evaluation for ${id}`);
  return evaluation;
}

describe("the directive's sections", () => {
  const text = normalise(DIRECTIVE_TEXT);

  it.each(Object.entries(DIRECTIVE_SECTIONS))(
    '%s quotes the directive word for word',
    (_section, words) => {
      expect(words.trim()).not.toBe('');
      expect(text).toContain(normalise(words));
    },
  );

  it.each(Object.entries(DIRECTIVE_SECTIONS))(
    "%s quotes the words under that clause's own marker",
    (section, words) => {
      expect(text).toContain(`${clauseMarker(section)} ${normalise(words)}`);
    },
  );

  it('the normalising keeps a hyphen apart from a dash (the quotation check can fail)', () => {
    expect(text).not.toContain(normalise('target audience(s) - general public'));
    expect(text).not.toContain(normalise('offering online–reporting opportunities'));
    expect(text).toContain(normalise('agency’s presence on the website'));
  });

  it('every section a catalogue item or a draft category cites is one of them', () => {
    for (const item of CATALOGUE) expect(SECTION_IDS, item.id).toContain(item.section);
    for (const category of DRAFT_CATEGORIES) {
      expect(SECTION_IDS, category.id).toContain(category.section);
    }
  });
});

describe('the checklist catalogue', () => {
  const cited = new Set(CATALOGUE.map((item) => item.section));
  const clauses = [
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `III.B.1.${letter}`),
    ...['a', 'b', 'c'].map((letter) => `III.B.2.${letter}`),
    ...['a', 'b', 'c', 'c.1', 'c.2', 'd', 'd.1', 'd.2'].map((clause) => `III.B.3.${clause}`),
  ];

  it.each(clauses)('has an item citing %s', (clause) => {
    expect(SECTION_IDS).toContain(clause);
    expect([...cited]).toContain(clause);
  });

  it('gives every item a unique id', () => {
    const ids = CATALOGUE.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts each item on its own checklist, and nothing else in the catalogue', () => {
    expect(CONTENT_CHECKLIST.length).toBeGreaterThan(0);
    expect(PAGE_DESIGN_CHECKLIST.length).toBeGreaterThan(0);
    for (const item of CONTENT_CHECKLIST) {
      expect(item.checklist, item.id).toBe('content');
      expect(item.id).toMatch(/^content\./);
    }
    for (const item of PAGE_DESIGN_CHECKLIST) {
      expect(item.checklist, item.id).toBe('page-design');
      expect(item.id).toMatch(/^page-design\./);
    }
    expect(CATALOGUE).toEqual([...CONTENT_CHECKLIST, ...PAGE_DESIGN_CHECKLIST]);
  });

  it('cites III.B.1 clauses on the content checklist and III.B.2 on the page-design one', () => {
    for (const item of CATALOGUE) {
      if (item.section.startsWith('III.B.1.')) expect(item.checklist, item.id).toBe('content');
      if (item.section.startsWith('III.B.2.')) expect(item.checklist, item.id).toBe('page-design');
    }
  });

  it('gives every item a title and evidence, and only known finding kinds', () => {
    for (const item of CATALOGUE) {
      expect(item.title.trim(), item.id).not.toBe('');
      expect(item.evidence.trim(), item.id).not.toBe('');
      for (const kind of item.findingKinds) expect(FINDING_KINDS, item.id).toContain(kind);
    }
  });
});

describe('the checklist engine', () => {
  it("leaves every attestation item needing a person's attestation when nothing is attested", () => {
    const evaluations = evaluateChecklist(CATALOGUE, NOTHING);
    expect(evaluations.map((evaluation) => evaluation.item)).toEqual(CATALOGUE);
    const attestationItems = evaluations.filter(({ item }) => item.satisfiedBy === 'attestation');
    expect(attestationItems.length).toBeGreaterThan(0);
    for (const evaluation of attestationItems) {
      expect(evaluation.state, evaluation.item.id).toBe('needs-attestation');
    }
    // Nothing on either checklist is satisfied before anyone has looked at it, except by a scanner.
    for (const evaluation of evaluations.filter(({ state }) => state === 'satisfied')) {
      expect(evaluation.item.satisfiedBy, evaluation.item.id).toBe('automatic');
    }
  });

  it('opens the no-confidential item with the finding that keeps it open', () => {
    const text = 'Patrol schedule attached. INTERNAL USE ONLY';
    const findings = scanText(text);
    expect(findings).toHaveLength(1);

    const evaluation = stateOf('content.no-confidential', { ...NOTHING, findings });
    expect(evaluation.state).toBe('open');
    expect(evaluation.findings).toEqual(findings);
    expect(evaluation.reason).toMatch(/1 finding/);

    // An attestation does not dismiss a finding: only editing the text or a justification does.
    const attested = { ...NOTHING, findings, attested: new Set(['content.no-confidential']) };
    expect(stateOf('content.no-confidential', attested).state).toBe('open');
    // Only the items that list the finding's kind are opened by it.
    for (const evaluation of evaluateChecklist(CATALOGUE, { ...NOTHING, findings })) {
      const listsConfidential = evaluation.item.findingKinds.includes('confidential');
      expect(evaluation.state === 'open', evaluation.item.id).toBe(listsConfidential);
    }
  });

  it('satisfies the no-confidential item once the text is clean and a person attests', () => {
    const clean = scanText('Lock your car tonight.');
    expect(clean).toEqual([]);
    expect(stateOf('content.no-confidential', { ...NOTHING, findings: clean }).state).toBe(
      'needs-attestation',
    );
    const attested = { ...NOTHING, attested: new Set(['content.no-confidential']) };
    expect(stateOf('content.no-confidential', attested).state).toBe('satisfied');
  });

  it('falls back to a person for an automatic item whose finding kind has no scanner yet', () => {
    // A platform's length limit is the kind of item the machine alone may satisfy.
    const [limit] = targetItems({ page: 'p1', name: '@ExamplePD', platform: 'x' });
    if (!limit || limit.satisfiedBy !== 'automatic') throw new Error('No automatic limit item');
    const unscanned = { ...NOTHING, scannedKinds: new Set<FindingKind>(['confidential']) };

    const [evaluation] = evaluateChecklist([limit], unscanned);
    expect(evaluation?.state).toBe('needs-attestation');
    expect(evaluation?.reason).toMatch(/No automatic check/);
    const attested = { ...unscanned, attested: new Set([limit.id]) };
    expect(evaluateChecklist([limit], attested)[0]?.state).toBe('satisfied');

    // With a check for its kind, the same item is satisfied by the machine alone.
    const withCheck = { ...NOTHING, scannedKinds: new Set<FindingKind>(['platform-limit']) };
    expect(evaluateChecklist([limit], withCheck)[0]?.state).toBe('satisfied');
  });

  it('leaves no content item to the scanners alone: a person attests to each', () => {
    // The one automatic content item is met by records a person made (written permissions linked
    // to each photo), never by a scanner: it lists no finding kind, so no scan can satisfy it.
    for (const item of CATALOGUE.filter((candidate) => candidate.checklist === 'content')) {
      if (item.id === 'content.media-permissions') {
        expect(item.satisfiedBy).toBe('automatic');
        expect(item.findingKinds).toEqual([]);
        expect(stateOf(item.id, NOTHING).state).not.toBe('satisfied');
        continue;
      }
      // A template's "[Label]" left in the text is found exactly, not judged: no person need vouch.
      if (item.id === 'content.template-details') {
        expect(item.satisfiedBy).toBe('automatic');
        expect(item.findingKinds).toEqual(['template-placeholder']);
        continue;
      }
      expect(item.satisfiedBy, item.id).not.toBe('automatic');
    }
  });

  it('satisfies no automatic item by the machine unless every kind it lists has a scanner', () => {
    for (const evaluation of evaluateChecklist(CATALOGUE, NOTHING)) {
      if (evaluation.state !== 'satisfied') continue;
      expect(evaluation.item.findingKinds.length, evaluation.item.id).toBeGreaterThan(0);
      for (const kind of evaluation.item.findingKinds) {
        expect(NOTHING.scannedKinds.has(kind), `${evaluation.item.id}: ${kind}`).toBe(true);
      }
    }
  });

  it('leaves an automatic item that lists no finding kind to a person', () => {
    const website = byId('page-design.links-official-website');
    expect(website.satisfiedBy).toBe('automatic');
    expect(stateOf(website.id, NOTHING).state).toBe('needs-attestation');
    expect(stateOf(website.id, { ...NOTHING, attested: new Set([website.id]) }).state).toBe(
      'satisfied',
    );
  });
});

describe('the confidentiality-marking scanner', () => {
  it.each([
    ['INTERNAL USE ONLY', 'Shift roster below. INTERNAL USE ONLY. Thanks, all.'],
    ['Law Enforcement Sensitive', 'This bulletin is Law Enforcement Sensitive.'],
    ['FOUO', 'Attached map (FOUO) of the patrol zones'],
    ['CJIS', 'Record pulled from CJIS at 14:02'],
    ['FOUO', '🚓🚨 Great work today, team! FOUO: roster attached'],
    ['INTERNAL USE ONLY', 'Café René, crème brûlée night — INTERNAL USE ONLY'],
    ['CONFIDENTIAL', 'Élève 👩‍🎓 report — CONFIDENTIAL'],
    ['LAW ENFORCEMENT\n  SENSITIVE', 'Header: LAW ENFORCEMENT\n  SENSITIVE'],
  ])('flags "%s" at its exact place', (marking, text) => {
    const findings = confidentialScanner.scan(text);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ kind: 'confidential', section: 'III.B.1.c', text: marking });
    expect(finding?.start).toBe(text.indexOf(marking));
    expect(text.slice(finding?.start, finding?.end)).toBe(marking);
    expect(finding?.message).toContain(marking);
  });

  it('flags a caveat beside the stamp as well, each at its own place', () => {
    const text = 'Shift roster below. INTERNAL USE ONLY. Do not share.';
    expect(confidentialScanner.scan(text).map((f) => f.text)).toEqual([
      'INTERNAL USE ONLY',
      'Do not share',
    ]);
  });

  it('flags every marking in a text, each at its own place', () => {
    const text = '🚓 FOUO — café notes — cjis extract — Law Enforcement Sensitive';
    const findings = confidentialScanner.scan(text);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([
      'FOUO',
      'cjis',
      'Law Enforcement Sensitive',
    ]);
    for (const finding of findings)
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it.each([
    'Call our confidential tip line at any hour.',
    'Restricted parking on Main St. during the parade.',
    'Expect restricted parking near the stadium.',
    'Les enfants et les parents sont les bienvenus au festival.',
    'Our Confidential Tip Line is open.',
    'Internal affairs, useful tips, and release dates for the fair.',
    'The cjisland ferry and the Fouoa river',
    'Lesley and Wesley were found safe.',
  ])('does not flag everyday words: %s', (text) => {
    expect(confidentialScanner.scan(text)).toEqual([]);
  });
});
