import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { DraftService } from '../../src/main/drafts/draft-service';
import { CONTENT_CHECKLIST } from '../../src/shared/policy/catalogue';
import { evaluateChecklist, scannedKinds } from '../../src/shared/policy/checklist';
import { SCANNERS, scanText } from '../../src/shared/policy/scanners';

const body = 'Lock your car and take your valuables inside tonight. '.repeat(40).slice(0, 2000);
const folder = mkdtempSync(join(tmpdir(), 'social-desk-bench-'));
const drafts = await DraftService.open(folder);
for (let i = 0; i < 10; i += 1) {
  await drafts.save({ title: `Draft ${i}`, body, category: 'crime-prevention' });
}
const storeBytes = JSON.stringify({ schemaVersion: 1, drafts: drafts.list() });
let edit = 0;

// The baseline is the bare file write a save cannot avoid; the figure that matters is the ratio.
describe('save a draft with 10 drafts stored', () => {
  bench('baseline: write the same bytes with writeFileSync', () => {
    writeFileSync(join(folder, 'baseline.json'), storeBytes);
  });
  bench('DraftService.save (new revision)', async () => {
    edit += 1;
    await drafts.save({ title: 'Draft 0', body: `${body} ${edit}`, category: 'crime-prevention' });
  });
});

const kinds = scannedKinds(SCANNERS);
describe('check a 2,000-character post', () => {
  bench('baseline: one case-insensitive regular-expression search of the text', () => {
    /internal\s+use\s+only/i.test(body);
  });
  bench('scan and evaluate the content checklist', () => {
    evaluateChecklist(CONTENT_CHECKLIST, {
      findings: scanText(body),
      attested: new Set(),
      scannedKinds: kinds,
    });
  });
});
