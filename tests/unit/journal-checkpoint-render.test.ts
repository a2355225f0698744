import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CheckpointForm,
  LastCheckpointChecked,
} from '../../src/renderer/src/moderation/history/CheckpointCheck';
import { CheckpointNow } from '../../src/renderer/src/moderation/history/CheckpointNow';
import { checkpointTextSchema } from '../../src/shared/moderation/journal-status';

// The Journal screen's checkpoint parts as first rendered; the check itself runs through the real
// dispatcher in journal-status.test.ts.
const HEAD = 'ab'.repeat(32);

describe('the journal’s checkpoints on screen', () => {
  it('shows the checkpoint of now as log verify --checkpoint takes it, with where to keep it', () => {
    const html = renderToStaticMarkup(createElement(CheckpointNow, { events: 1204, head: HEAD }));
    expect(html).toContain(`value="1204:${HEAD}"`);
    expect(html).toMatch(/<label for="checkpoint-now">Checkpoint of now \(1,204 events\)<\/label>/);
    expect(html).toContain('readOnly');
    expect(html).toContain(
      'Keep it somewhere else: print it, or email it to the records custodian',
    );
    expect(html).toContain('>Select the checkpoint</button>');
    // What is shown is what the check accepts back.
    expect(checkpointTextSchema.safeParse(`1204:${HEAD}`).success).toBe(true);
  });

  it('offers a labelled field to paste a kept checkpoint and check it', () => {
    const html = renderToStaticMarkup(
      createElement(CheckpointForm, { busy: false, onCheck: () => Promise.resolve() }),
    );
    expect(html).toContain('<label for="checkpoint-kept">A checkpoint you kept (SEQ:HASH)</label>');
    expect(html).toContain('aria-describedby="checkpoint-kept-hint"');
    expect(html).toContain('>Check against this checkpoint</button>');
  });

  it('says the last checkpoint checked, held or not, in words and not by colour alone', () => {
    expect(renderToStaticMarkup(createElement(LastCheckpointChecked, { last: null }))).toContain(
      'None checked here yet',
    );
    const at = '2026-06-12T09:00:00.000Z';
    const held = renderToStaticMarkup(
      createElement(LastCheckpointChecked, {
        last: { at, events: 3, head: HEAD, ok: true, message: 'the journal verifies: 4 events' },
      }),
    );
    expect(held).toContain('Held: the journal still has this checkpoint');
    expect(held).toContain('the journal verifies: 4 events');
    const broken = renderToStaticMarkup(
      createElement(LastCheckpointChecked, {
        last: { at, events: 3, head: HEAD, ok: false, firstBad: 3, message: 'fails at event 3' },
      }),
    );
    expect(broken).toContain('Not held: failed at event 3');
    expect(broken).toContain(`dateTime="${at}"`);
  });
});
