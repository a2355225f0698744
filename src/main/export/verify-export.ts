import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseUnknown } from '../../shared/parse';
import { MANIFEST, type Manifest, manifestSchema } from './manifest';
import { filesUnder } from './zip-folder';

/** What `export verify` found: every file as listed, or the first that is not. */
export type ExportCheck =
  | { readonly ok: true; readonly files: number; readonly manifest: Manifest }
  | {
      readonly ok: false;
      readonly problem: 'changed' | 'missing' | 'added' | 'manifest';
      readonly file: string;
      readonly message: string;
    };

/**
 * Re-hashes every file of an export folder against its manifest.json, in path order, and names
 * the first file changed, missing, or added since the export was written.
 */
export async function verifyExport(folder: string): Promise<ExportCheck> {
  let text: string;
  try {
    text = await readFile(join(folder, MANIFEST), 'utf8');
  } catch (error) {
    return manifestProblem(
      `${folder} has no readable manifest.json (${(error as Error).message}): it is not a finished export, or the manifest was removed. Ask for the export again.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return manifestProblem(
      `manifest.json of ${folder} is not JSON: it was changed after the export. Ask for the export again.`,
    );
  }
  const parsed = parseUnknown(manifestSchema, json, 'manifest.json');
  if (!parsed.ok) return manifestProblem(`${parsed.error.message}\nAsk for the export again.`);
  const manifest = parsed.value;

  const onDisk = new Set((await filesUnder(folder)).filter((file) => file !== MANIFEST));
  const listed = Object.keys(manifest.files);
  const every = [...new Set([...listed, ...onDisk])].sort();
  for (const file of every) {
    const expected = manifest.files[file];
    if (!expected) {
      return {
        ok: false,
        problem: 'added',
        file,
        message: `${file} was added: the manifest does not list it. The export is not as it was written.`,
      };
    }
    if (!onDisk.has(file)) {
      return {
        ok: false,
        problem: 'missing',
        file,
        message: `${file} is missing: the manifest lists it. The export is not as it was written.`,
      };
    }
    const actual = await digestOf(join(folder, ...file.split('/')));
    if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
      return {
        ok: false,
        problem: 'changed',
        file,
        message: `${file} was changed: its SHA-256 is ${actual.sha256}, the manifest says ${expected.sha256}. The export is not as it was written.`,
      };
    }
  }
  return { ok: true, files: listed.length + 1, manifest };
}

function manifestProblem(message: string): ExportCheck {
  return { ok: false, problem: 'manifest', file: MANIFEST, message };
}

async function digestOf(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}
