// Checks the labelled scanner corpus (posts.json, comments.json) for shape and balance.
// Plain Node, no dependencies: `node tests/corpus/check-corpus.mjs`. Exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

const KINDS = [
  'personal-data',
  'guilt-or-innocence',
  'pending-prosecution',
  'confidential',
  'obscenity',
  'political',
  'commercial',
  'juvenile-identity',
];
const POST_CATEGORIES = [
  'crime-prevention',
  'online-reporting',
  'crime-data',
  'tip-request',
  'road-closure',
  'special-event',
  'weather-emergency',
  'missing-person',
  'active-threat',
  'recruitment',
  'other',
];

const MIN_POSTS = 160;
const MIN_COMMENTS = 70;
const MIN_ENTRIES_PER_KIND = 20;
const MIN_CLEAN_POSTS = 60;
const MIN_CLEAN_COMMENTS = 15;
const MIN_MULTI_KIND = 5;
const MAX_TEXT_LENGTH = 1600;

// The department's own contact points (samples/department.json): never personal data.
const DEPARTMENT_CONTACTS = [
  '555-0100',
  '555-0123',
  'pio@cityofexample.gov',
  'cityofexample.gov/police',
  '1-800-222-8477',
  '911',
];

// Hard negatives the clean entries are meant to exercise; counted, for the report.
const HARD_NEGATIVES = {
  'department phone, e-mail or website':
    /555-0100|555-0123|pio@cityofexample\.gov|cityofexample\.gov\/police/,
  'Crime Stoppers or 911': /1-800-222-|\b911\b/,
  'block-level location': /\bblocks? of\b/,
  intersection: / & /,
  'public building or business address': /(Center|Library|HQ|Awakening), \d+ /,
  'age alone': /\b\d{1,2}-year-old\b|, \d{1,2}, |\bage \d/i,
  'charged with / on suspicion of': /charged with|on suspicion of/,
  'presumed innocent': /presumed innocent|innocent until proven guilty/,
  'confidential tip line / anonymous': /confidential tip line|remain anonymous/,
  'election or debate logistics': /polling places|Election Day|mayoral debate/,
  'vote / sale / free / buy (non-commercial, non-political)': /\bvote\b|\bsale\b|\bfree\b|\bbuy\b/i,
};

/** @type {string[]} */
const problems = [];

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {string} haystack @param {string} needle */
function occurrences(haystack, needle) {
  let count = 0;
  let from = haystack.indexOf(needle);
  while (from !== -1) {
    count += 1;
    from = haystack.indexOf(needle, from + 1);
  }
  return count;
}

/**
 * @typedef {{ kind: string, text: string, start: number, end: number }} Expectation
 * @typedef {{ id: string, category: string, text: string, expect: Expectation[] }} Entry
 */

/** @param {string} file @returns {unknown} */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(HERE, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: cannot be read as JSON (${String(error)})`);
    return [];
  }
}

/**
 * @param {string} file
 * @param {'post' | 'comment'} prefix
 * @returns {Entry[]}
 */
function loadEntries(file, prefix) {
  const data = readJson(file);
  if (!Array.isArray(data)) {
    problems.push(`${file}: the top level must be a JSON array`);
    return [];
  }
  /** @type {Entry[]} */
  const entries = [];
  /** @type {unknown[]} */
  const items = data;
  items.forEach((item, index) => {
    const where = `${file}[${index}]`;
    if (!isRecord(item)) {
      problems.push(`${where}: not an object`);
      return;
    }
    const { id, category, text, expect } = item;
    const extra = Object.keys(item).filter(
      (k) => !['id', 'category', 'text', 'expect'].includes(k),
    );
    if (extra.length > 0) problems.push(`${where}: unexpected fields ${extra.join(', ')}`);
    if (typeof id !== 'string' || !new RegExp(`^${prefix}-\\d{3,}$`).test(id)) {
      problems.push(`${where}: id must look like "${prefix}-001"`);
      return;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${id}: text must be a non-empty string`);
      return;
    }
    if (text.length > MAX_TEXT_LENGTH) {
      problems.push(`${id}: text is ${text.length} characters, over ${MAX_TEXT_LENGTH}`);
    }
    if (typeof category !== 'string') {
      problems.push(`${id}: category must be a string`);
      return;
    }
    if (prefix === 'post' && !POST_CATEGORIES.includes(category)) {
      problems.push(`${id}: unknown post category "${category}"`);
    }
    if (prefix === 'comment' && category !== 'comment') {
      problems.push(`${id}: a comment's category must be "comment"`);
    }
    if (!Array.isArray(expect)) {
      problems.push(`${id}: expect must be an array`);
      return;
    }
    /** @type {Expectation[]} */
    const expectations = [];
    /** @type {unknown[]} */
    const rawExpectations = expect;
    for (const raw of rawExpectations) {
      if (!isRecord(raw) || typeof raw.kind !== 'string' || typeof raw.text !== 'string') {
        problems.push(`${id}: every expect item needs a string kind and a string text`);
        continue;
      }
      const { kind, text: span } = raw;
      if (!KINDS.includes(kind)) problems.push(`${id}: unknown kind "${kind}"`);
      if (span.trim() === '' || span !== span.trim()) {
        problems.push(`${id}: expect text "${span}" is empty or has surrounding spaces`);
      }
      const count = occurrences(text, span);
      if (count === 0) {
        problems.push(`${id}: expect text "${span}" does not occur in the text`);
        continue;
      }
      // A span that occurs twice would leave a scorer guessing which one is meant.
      if (count > 1) problems.push(`${id}: expect text "${span}" occurs ${count} times`);
      const start = text.indexOf(span);
      expectations.push({ kind, text: span, start, end: start + span.length });
    }
    for (let i = 0; i < expectations.length; i += 1) {
      for (let j = i + 1; j < expectations.length; j += 1) {
        const a = expectations[i];
        const b = expectations[j];
        if (a === undefined || b === undefined) continue;
        if (a.kind === b.kind && a.start < b.end && b.start < a.end) {
          problems.push(`${id}: two ${a.kind} spans overlap ("${a.text}", "${b.text}")`);
        }
      }
    }
    entries.push({ id, category, text, expect: expectations });
  });
  return entries;
}

/** Consistency with the labelling rules in README.md. @param {Entry} entry */
function checkRules(entry) {
  for (const e of entry.expect) {
    if (e.kind === 'personal-data') {
      const contact = DEPARTMENT_CONTACTS.find((c) => e.text.includes(c));
      if (contact !== undefined) {
        problems.push(`${entry.id}: the department's own "${contact}" is labelled personal data`);
      }
      if (/\bblock of\b/i.test(e.text)) {
        problems.push(`${entry.id}: a block-level location is labelled personal data`);
      }
    }
    if (e.kind === 'guilt-or-innocence' && /presumed innocent|until proven guilty/i.test(e.text)) {
      problems.push(`${entry.id}: the presumption of innocence is labelled a guilt statement`);
    }
    if (
      ['guilt-or-innocence', 'pending-prosecution'].includes(e.kind) &&
      /^(was )?charged with\b|on suspicion of/i.test(e.text)
    ) {
      problems.push(`${entry.id}: a neutral "charged with"/"on suspicion of" is labelled`);
    }
    if (e.kind === 'confidential' && /confidential tip line|remain anonymous/i.test(e.text)) {
      problems.push(`${entry.id}: the tip line is labelled confidential`);
    }
    if (e.kind === 'obscenity' && /^(damn|hell|crap)$/i.test(e.text)) {
      problems.push(`${entry.id}: a mild word "${e.text}" is labelled obscenity`);
    }
  }
}

const posts = loadEntries('posts.json', 'post');
const comments = loadEntries('comments.json', 'comment');
const all = [...posts, ...comments];

const seen = new Set();
for (const entry of all) {
  if (seen.has(entry.id)) problems.push(`${entry.id}: duplicate id`);
  seen.add(entry.id);
  checkRules(entry);
}
/** @type {Map<string, string>} */
const seenTexts = new Map();
for (const entry of all) {
  const other = seenTexts.get(entry.text);
  if (other !== undefined) problems.push(`${entry.id}: same text as ${other}`);
  seenTexts.set(entry.text, entry.id);
}

/** @param {Entry[]} entries @param {string} kind */
const withKind = (entries, kind) => entries.filter((e) => e.expect.some((x) => x.kind === kind));
/** @param {Entry[]} entries @param {string} kind */
const spansOf = (entries, kind) =>
  entries.reduce((n, e) => n + e.expect.filter((x) => x.kind === kind).length, 0);
/** @param {Entry} e */
const kindsOf = (e) => new Set(e.expect.map((x) => x.kind));

const out = [];
out.push(
  `Posts: ${posts.length} (at least ${MIN_POSTS})   Comments: ${comments.length} (at least ${MIN_COMMENTS})`,
);
out.push('');
out.push('Positive entries per kind (spans in brackets):');
out.push(
  `  ${'kind'.padEnd(22)}${'posts'.padStart(10)}${'comments'.padStart(12)}${'total'.padStart(10)}`,
);
for (const kind of KINDS) {
  const p = withKind(posts, kind).length;
  const c = withKind(comments, kind).length;
  const spans = spansOf(all, kind);
  out.push(
    `  ${kind.padEnd(22)}${String(p).padStart(10)}${String(c).padStart(12)}${String(p + c).padStart(10)}  [${spans}]`,
  );
  if (p + c < MIN_ENTRIES_PER_KIND) {
    problems.push(`${kind}: ${p + c} positive entries, fewer than ${MIN_ENTRIES_PER_KIND}`);
  }
}

const cleanPosts = posts.filter((e) => e.expect.length === 0);
const cleanComments = comments.filter((e) => e.expect.length === 0);
const multi = all.filter((e) => kindsOf(e).size >= 2);
out.push('');
out.push(`Clean posts (empty expect): ${cleanPosts.length} (at least ${MIN_CLEAN_POSTS})`);
out.push(`Clean comments (empty expect): ${cleanComments.length} (at least ${MIN_CLEAN_COMMENTS})`);
out.push(`Entries raising two or more kinds: ${multi.length} (at least ${MIN_MULTI_KIND})`);
if (posts.length < MIN_POSTS) problems.push(`only ${posts.length} posts`);
if (comments.length < MIN_COMMENTS) problems.push(`only ${comments.length} comments`);
if (cleanPosts.length < MIN_CLEAN_POSTS) problems.push(`only ${cleanPosts.length} clean posts`);
if (cleanComments.length < MIN_CLEAN_COMMENTS) {
  problems.push(`only ${cleanComments.length} clean comments`);
}
if (multi.length < MIN_MULTI_KIND) problems.push(`only ${multi.length} multi-kind entries`);

out.push('');
out.push('Posts per category:');
for (const category of POST_CATEGORIES) {
  const inCategory = posts.filter((e) => e.category === category);
  const clean = inCategory.filter((e) => e.expect.length === 0).length;
  out.push(`  ${category.padEnd(20)}${String(inCategory.length).padStart(4)}  (${clean} clean)`);
}

out.push('');
out.push('Hard negatives in clean entries:');
const clean = [...cleanPosts, ...cleanComments];
for (const [label, pattern] of Object.entries(HARD_NEGATIVES)) {
  out.push(`  ${String(clean.filter((e) => pattern.test(e.text)).length).padStart(4)}  ${label}`);
}

const lengths = all.map((e) => e.text.length);
out.push('');
out.push(
  `Text length: ${Math.min(...lengths)} to ${Math.max(...lengths)} characters; ` +
    `${posts.filter((e) => e.text.length > 1000).length} posts over 1,000; ` +
    `${all.filter((e) => e.text.includes('\n')).length} entries with line breaks; ` +
    `${all.filter((e) => /\p{Extended_Pictographic}/u.test(e.text)).length} with emoji; ` +
    `${all.filter((e) => /[À-ÿ]/.test(e.text)).length} with accented letters.`,
);

process.stdout.write(`${out.join('\n')}\n`);
if (problems.length > 0) {
  process.stderr.write(
    `\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write('\nCorpus OK.\n');
