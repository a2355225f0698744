import { describe, expect, it } from 'vitest';
import { copiedWords } from '../../src/renderer/src/drafts/PagePreview';
import type { ResponseOf } from '../../src/shared/ipc/contract';
import type { PostTarget } from '../../src/shared/policy/platform-check';

// The status line after Copy is worded from the main process's answer alone (draft-copy.test.ts
// proves the answer): nothing the editor holds (its text, its loaded draft) can change it.
const X: PostTarget = {
  page: '66666666-6666-4666-8666-666666666666',
  name: 'Example PD on X',
  platform: 'x',
};
const answer = (over: Partial<ResponseOf<'drafts:copyText'>>): ResponseOf<'drafts:copyText'> => ({
  text: 'Parade at 10.',
  characters: 13,
  status: 'approved',
  approved: true,
  revision: 3,
  cut: false,
  leftOut: 0,
  ...over,
});

describe('the status line after Copy', () => {
  it('says an approved revision was copied, and nothing more', () => {
    expect(copiedWords(answer({}), X)).toBe(
      'Copied 13 characters of revision 3 for “Example PD on X”.',
    );
  });

  it('warns “not approved yet” whenever the answer says so, naming the status', () => {
    const words = copiedWords(answer({ status: 'draft', approved: false }), X);
    expect(words).toMatch(/^Copied \d+ characters of revision 3/);
    expect(words).toContain('not approved yet: do not post it (its status is “Draft”)');
    // The status alone does not decide it: an answer of approved: false is always warned about.
    expect(copiedWords(answer({ status: 'approved', approved: false }), X)).toContain(
      'not approved yet',
    );
  });

  it('says how many characters the platform would cut were left out, from the answer', () => {
    const words = copiedWords(answer({ characters: 280, cut: true, leftOut: 1 }), X);
    expect(words).toBe(
      'Copied 280 characters of revision 3 for “Example PD on X”; X would cut the last 1 character: they were left out of the copy, so shorten the post.',
    );
    expect(copiedWords(answer({ cut: false, leftOut: 0 }), X)).not.toContain('cut');
  });
});
