import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/shared/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth by UTF-16 code units, whatever order they were built in', () => {
    const a = { b: 1, a: [{ z: null, y: 'é' }, 2], é: true, B: { d: 'x', c: -0.5 } };
    const b = { é: true, B: { c: -0.5, d: 'x' }, a: [{ y: 'é', z: null }, 2], b: 1 };
    const expected = '{"B":{"c":-0.5,"d":"x"},"a":[{"y":"é","z":null},2],"b":1,"é":true}';
    expect(canonicalJson(a)).toBe(expected);
    expect(canonicalJson(b)).toBe(expected);
    expect(JSON.parse(expected)).toEqual(a);
  });

  it('leaves out undefined members, keeps empty objects and arrays, escapes as JSON does', () => {
    expect(canonicalJson({ gone: undefined, kept: {}, list: [], text: 'a "quote"\n' })).toBe(
      '{"kept":{},"list":[],"text":"a \\"quote\\"\\n"}',
    );
    expect(canonicalJson({ first: undefined, second: 1 })).toBe('{"second":1}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson('text')).toBe('"text"');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(/Not a JSON value/);
    expect(() => canonicalJson([() => 1])).toThrow(/Not a JSON value/);
  });
});
