import { describe, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { obscenityScanner } from '../../src/shared/policy/scanners/obscenity';

/*
 * III.B.1.a (and III.B.3.d.1, the comments the department may remove): obscene or sexually
 * explicit language. The library's English word data misses what a reader still reads as
 * obscene: Spanish, letters left out with a dash or an apostrophe, a few sexual phrases. And it
 * reads some ordinary words as rude ("trafficking").
 */

const { flagged, clean } = scannerExpectations(obscenityScanner, 'III.B.1.a');

describe('obscenity: the forms the word data misses', () => {
  it('flags common Spanish obscenities, masked or not', () => {
    flagged('Qué mierda, otra vez robaron la tienda.', 'mierda');
    flagged('esos hijos de p*ta se robaron las macetas', 'p*ta');
    flagged('ese pendejo se pasó el alto otra vez', 'pendejo');
    flagged('Ese cabrón me robó la bici', 'cabrón');
  });

  it('flags a rude word with letters left out for a dash or an apostrophe', () => {
    flagged("Ramon is a f'n thief and everyone knows it", "f'n");
    flagged('These F-ing kids again', 'F-ing');
    flagged('Motherf—ers stole my packages', 'Motherf—ers');
    flagged('what the f—k is wrong with people', 'f—k');
    flagged('this is sh--t policing', 'sh--t');
    flagged('such an effing mess downtown', 'effing');
  });

  it('flags sexual phrases the word data lacks', () => {
    flagged('some guy was jerking off in the park', 'jerking off');
  });

  it('does not flag ordinary words, names and dashes between words', () => {
    for (const text of [
      'Salazar remains charged with trafficking fentanyl.',
      'Human traffickers target teens online; know the signs.',
      'The pilot climbed into the cockpit.',
      'The suspect—a man in his 30s—fled on foot.',
      'A silver F-150 was seen leaving the lot.',
      'Officers helped Jack off the ladder after the fall.',
      'The jota is a traditional dance from Aragon.',
      'She pinches pennies and still donates to the toy drive.',
    ])
      clean(text);
  });
});
