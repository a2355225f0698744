import { describe, expect, it } from 'vitest';
import { type Draft, draftAuthors } from '../../src/shared/drafts/draft';
import { moveRefusal } from '../../src/shared/workflow/workflow';
import { postSubject } from '../../src/main/workflow/moves';
import { packetDraft } from './packet-fixtures';

/** Written by Sam; Lee attested an item and Quinn withdrew it; then submitted by Sam. */
function withdrawnByQuinn(): Draft {
  const draft = packetDraft();
  const latest = draft.revisions.at(-1);
  if (!latest) throw new Error('no revision');
  return {
    ...draft,
    attestations: [
      {
        itemId: 'content.copyright',
        contentHash: latest.contentHash,
        by: 'p-lee',
        at: '2026-12-01T09:40:00.000Z',
        withdrawn: { by: 'p-quinn', at: '2026-12-01T09:41:00.000Z' },
      },
    ],
    justifications: [],
    workflow: [
      {
        move: 'submit',
        by: 'p-sam',
        at: '2026-12-01T10:00:00.000Z',
        contentHash: latest.contentHash,
        revision: latest.number,
      },
    ],
  };
}

describe('separation of duties counts who withdrew an attestation', () => {
  it('names the withdrawer among the draft’s authors', () => {
    expect(draftAuthors(withdrawnByQuinn())).toContain('p-quinn');
  });

  it('refuses the withdrawer’s decision, and still lets a stranger decide', () => {
    const subject = postSubject(withdrawnByQuinn());
    expect(moveRefusal(subject, 'decide', { id: 'p-quinn', name: 'Quinn' })).toContain(
      'separation of duties',
    );
    expect(moveRefusal(subject, 'decide', { id: 'p-chief', name: 'Chief' })).toBeUndefined();
  });
});
