import { describe, expect, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { scanText } from '../../src/shared/policy/scanners/index';
import { scannerExpectations } from './scanner-expectations';
import { COMMERCIAL_NEAR_MISS, COMMERCIAL_POSITIVE } from './invented-political-commercial';

const { flagged, clean } = scannerExpectations(commercialScanner, 'III.B.1.f');

describe('commercial offers by family', () => {
  it('flags Spanish prices and deadlines', () => {
    flagged('Cortes de pelo desde $12 en la Barbería Luna.', 'desde $12');
    flagged('Tamales a $15 la docena, 20% de descuento para vecinos.', '20% de descuento');
    clean('El registro de bicicletas es gratis este sábado.');
  });

  it('flags a deadline only beside a price', () => {
    flagged('Oil changes $19.99, this weekend only!', 'this weekend only');
    clean('Free car seat checks this weekend only at Station 2.');
  });

  it('flags affiliate links and commissions', () => {
    flagged('Our favourite flashlight: amzn.to/4abcDEF', 'amzn.to/4abcDEF');
    flagged('I get a small commission on every order through this page.', 'commission');
    clean('The Planning Commission meets on the first Tuesday of the month.');
  });

  it('flags an advert’s closing call when an offer leads to it, not a thank-you alone', () => {
    const text =
      'Officer Lyle’s sister opened Bloom Florist on 3rd; bring this post for 10% off. Go show them some love!';
    flagged(text, 'show them some love');
    flagged(
      'Sgt. Diaz’s new gym turned 40 members into champions in a month at just $29/month, and the first 10 people to call get a free session.',
      'first 10 people to call get a free session',
    );
    clean('Our Explorers took first place at regionals! Give them some love in the comments.');
    // The offer is a paragraph away, after the call: the department's own giveaway.
    const apart =
      'Coffee with a Cop at 7! First 30 guests get a free coffee on us.\n\nBeanstalk’s cold brew is 20% off all week.';
    expect(
      scanText(apart)
        .filter((f) => f.kind === 'commercial')
        .map((f) => f.text),
    ).toEqual(['20% off']);
    // "at the polls" asks for a vote.
    expect(
      scanText(
        'Get 15% off at Lee Tire with code LEE15. Councilwoman Lee is up on the 4th, so show her some love at the polls.',
      ).some((f) => f.kind === 'commercial' && f.text.includes('love')),
    ).toBe(false);
  });

  it('gets the invented sentences right (written before the rules)', () => {
    const hits = (s: string) => scanText(s).some((f) => f.kind === 'commercial');
    expect(COMMERCIAL_POSITIVE.filter(hits)).toEqual(COMMERCIAL_POSITIVE);
    expect(COMMERCIAL_NEAR_MISS.filter(hits)).toEqual([]);
  });
});
