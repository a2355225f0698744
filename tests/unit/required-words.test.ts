import { describe, expect, it, vi } from 'vitest';
import { SCANNERS } from '../../src/shared/policy/scanners';
import { requiredWords } from '../../src/shared/policy/scanners/required-words';
import { DEPARTMENT, loadCorpus } from '../scanners/corpus-score';

describe('the words every match of a phrase rule holds', () => {
  it('takes the longest literal run of a sequence, lower-cased', () => {
    expect(requiredWords(/\bJoin\s+our\s+campaign\b/g)).toEqual(['campaign']);
  });

  it('takes every branch of an alternation, and nothing when one branch has no word', () => {
    expect(requiredWords(/\b(?:vote|elect)\s+\w+/g)).toEqual(['vote', 'elect']);
    expect(requiredWords(/\b(?:vote|\d+)\s+\w+/g)).toBeUndefined();
  });

  it('asks nothing of an optional part, and keeps a repeated one', () => {
    expect(requiredWords(/(?:free\s+)?signs?/g)).toEqual(['sign']);
    expect(requiredWords(/(?:yard\s+)*signs?/g)).toEqual(['sign']);
    expect(requiredWords(/(?:sale\s+)+\d/g)).toEqual(['sale']);
  });

  it('reads a one-letter class as its letter and a wider class as a break', () => {
    expect(requiredWords(/licen[c]e\s+no/g)).toEqual(['licence']);
    expect(requiredWords(/licen[cs]e/g)).toEqual(['licen']);
  });

  it('asks nothing of a pattern of classes and lookarounds alone', () => {
    expect(requiredWords(/(?=\p{Lu})\p{Lu}\p{Ll}+/gu)).toBeUndefined();
    expect(requiredWords(/(?<=vote\s)\d+/g)).toBeUndefined();
  });

  it('leaves out letters that other characters fold to under /iu (the long s, the kelvin sign)', () => {
    const words = requiredWords(/sheriff/giu) ?? [];
    expect(words.every((word) => !/[sk]/.test(word))).toBe(true);
    expect('ſheriff'.toLowerCase().includes(words[0] ?? '?')).toBe(true);
  });

  // Every phrase rule the scanners run on ten development corpora: wherever its pattern matches
  // a text, the lower-cased text holds one of the pattern's words. A derivation that asked for a
  // word a match can lack would skip the rule there and lose the finding.
  it('never asks for a word that a real match lacks', () => {
    const reached = vi.spyOn(String.prototype, 'matchAll');
    // Every rule reaches its pattern while every text seems to hold every word.
    vi.spyOn(String.prototype, 'includes').mockReturnValue(true);
    const folders = ['', 'fourth/', 'seventh/', 'ninth/', 'tenth/'] as const;
    const texts = folders.flatMap((folder) => loadCorpus(folder).map((entry) => entry.text));
    for (const scanner of SCANNERS)
      scanner.scan(texts.slice(0, 40).join('\n\n'), { department: DEPARTMENT });
    const patterns = new Set(reached.mock.calls.map(([pattern]) => pattern));
    vi.restoreAllMocks();
    const derived = [...patterns].filter((pattern) => requiredWords(pattern) !== undefined);
    expect(derived.length).toBeGreaterThan(100);
    const lacking: string[] = [];
    for (const pattern of derived) {
      const words = requiredWords(pattern) ?? [];
      for (const text of texts) {
        pattern.lastIndex = 0;
        if (!pattern.test(text)) continue;
        const lower = text.toLowerCase();
        if (!words.some((word) => lower.includes(word)))
          lacking.push(`${String(pattern).slice(0, 60)} on “${text.slice(0, 40)}”`);
      }
      pattern.lastIndex = 0;
    }
    expect(lacking).toEqual([]);
  }, 180_000);
});
