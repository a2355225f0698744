import { describe, expect, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { scanText } from '../../src/shared/policy/scanners/index';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean, scan } = scannerExpectations(commercialScanner, 'III.B.1.f');

/** The finding's offsets are the words' own: `words` as they first appear in `text`. */
function at(text: string, words: string): void {
  const start = text.indexOf(words);
  const hit = flagged(text, words);
  expect([hit.start, hit.end], text).toEqual([start, start + words.length]);
}

/**
 * The code review of the commercial scanner (III.B.1.f; the findings cite it as the scanner
 * does): the department's own services and public information are not adverts, whatever words
 * they share with one. Each family is named (who, what the predicate asserts) and tested with
 * sentences written for it, none taken from a corpus.
 */
describe('commercial, code review', () => {
  // Family: a spammer points to their account ("link in bio") beside a price, an offer or a
  // get-rich claim. The department's own "link in bio" for a job or an event is information.
  it('flags "link in bio" with another selling or spam signal', () => {
    const spam = 'Check out my crypto channel for 100x gains!!! link in bio';
    expect(scan(spam).map((f) => f.text)).toEqual(['crypto channel', '100x gains', 'link in bio']);
    at(spam, 'link in bio');
    at('Only $29 today, link in bio!', 'link in bio');
    flagged('Huge crypto gains this month, link in bio', 'link in bio');
    flagged('Link in bio for my forex signals, 50% daily', 'Link in bio');
    flagged('Turned $200 into $5,000 trading, the link is in my bio', 'link is in my bio');
  });

  it('leaves "link in bio" in a department recruiting or event post', () => {
    clean('Apply today, link in bio');
    clean("We're hiring dispatchers! Full details and the application, link in bio.");
    clean('Come meet our K9 team at the fair Saturday, link in bio for the schedule.');
    clean('Hiring: starting pay $62,000, link in bio.');
    clean('Tickets for the PAL tournament are $5 this Friday, link in bio.');
    clean('Register for the Citizen Academy, link in bio.');
  });

  // Family: a keyword texted to a short code subscribes to a public line (crisis, alerts, tips) or
  // opts out; a keyword DMed to a person for a course or signals is the spammer's.
  it('leaves crisis lines, alert sign-ups and opt-outs alone', () => {
    clean('If you or someone you know is struggling, text HOME to 741741 or call 988.');
    clean('Text HELLO to 741741');
    clean('Text JOIN to 888777 to get our Nixle alerts.');
    clean('Reply STOP to opt out of our emergency alerts.');
    clean('Text CRIME to 274637 to send an anonymous tip.');
    clean('text READY to 67283 for weather and emergency updates');
    clean('Reply HELP for help, STOP to cancel. Msg and data rates may apply.');
  });

  it('flags a keyword sent for a course, signals or a price', () => {
    at('DM me FREEDOM for the course', 'DM me FREEDOM');
    flagged('Text GAINS to 55123 for my crypto signals, only $49', 'Text GAINS');
    at("Comment WEALTH below and I'll send you the course", 'Comment WEALTH');
  });

  // Family: the department hands out something free and says where to collect it (a public place
  // or line); a claim with a price, a link or a prize is a sale or a prize scam.
  it('leaves a free department giveaway collected at a public place', () => {
    clean('Free gun locks are available at headquarters. Claim yours at the front desk!');
    clean('Free smoke detectors for seniors: claim yours by calling the non-emergency line.');
    clean('Free bike helmets for kids at the precinct this Saturday, claim yours while they last.');
    clean(
      'Free car seat checks and free child ID kits at the Community Center: claim yours Saturday.',
    );
    clean(
      'Our Crime Prevention Unit has free steering-wheel locks. Claim yours at the lobby window.',
    );
  });

  it('flags a claim with a price, a link or a prize', () => {
    at('Claim yours now at the link, only $29', 'Claim yours');
    flagged('Claim your free iPhone 15 now, click the link in bio!', 'Claim your free');
    at('Congratulations, you were selected! Claim your prize at bit.ly/x9', 'Claim your prize');
  });

  // Family: a public body, a public place or a community event names a price for a day; a shop
  // (a possessive business name, a business word, "DM me") with a price for a day is an advert.
  it('leaves a priced department or community programme', () => {
    clean(
      'Catalytic converter etching for just $15 this Saturday at Station 3, courtesy of the Auto Theft Task Force.',
    );
    clean('Tickets for the PAL basketball tournament are $5 this Friday at the Rec Center.');
    clean('The Fishing Derby is $5 per child this Saturday at Miller Pond.');
    clean(
      'Lunch with a Cop: burgers are $1 all day Friday at the station, proceeds to Special Olympics.',
    );
    clean('Bike registration is $3 this Saturday at the Public Safety Fair.');
    clean('Coffee with a Cop: coffee is $1 all morning Tuesday at the Main Street station.');
    clean('Tickets to the Police Explorers spaghetti dinner are $8 this Sunday at the fire hall.');
  });

  it('flags a shop’s price for a day', () => {
    at('Oil changes $19.99 this Saturday only at Rick’s Auto', '$19.99 this Saturday');
    at('Haircuts $15 every Tuesday at Tony’s Barbershop!', '$15 every Tuesday');
    flagged(
      'Kickboxing classes $10 every Tuesday at Iron Gym, DM me to book.',
      '$10 every Tuesday',
    );
    flagged('Brake jobs $99 all week at Dave’s Garage.', '$99 all week');
  });

  // Family: few places left in a department class or event; few places left in a seller's own
  // paid course or mentorship.
  it('leaves a department class with few places left', () => {
    clean('Only 2 spots left in the Senior Safety Seminar on Thursday!');
    clean("Only 10 seats left for the Women's Self-Defense course; sign up at the link.");
    clean('Just 4 openings left in the Citizen Police Academy this spring.');
    clean("Only 6 places left in Saturday's bike safety workshop, register on the city website.");
  });

  it('flags a seller’s last places', () => {
    at('only 5 spots left in my trading mentorship, $499', 'only 5 spots left');
    flagged('only 3 seats left in my options trading masterclass, $299', 'only 3 seats left');
    flagged('Only 2 slots left in my coaching program, DM me', 'Only 2 slots left');
    flagged('Just 10 spots remaining for my crypto course!', 'Just 10 spots remaining');
  });

  // A long document is scanned in pieces: the scam warning at its top still governs its end.
  it('gives a long document the same findings in pieces as whole', () => {
    const text =
      'Beware of gift card scams: nobody legitimate asks to be paid in gift cards. ' +
      'Lock your car and take your valuables inside tonight. '.repeat(180) +
      'Gift cards 20% off at Hartley Hardware this week!';
    const strip = (f: { start: number; end: number; text: string }) => [f.start, f.end, f.text];
    const whole = commercialScanner.scan(text).map(strip);
    const pieces = scanText(text)
      .filter((f) => f.kind === 'commercial')
      .map(strip);
    expect(whole.length).toBeGreaterThan(0);
    expect(pieces).toEqual(whole);
  });

  it('keys a piece by the document’s scam warning', () => {
    const key = (document: string) => commercialScanner.documentKey?.(document, {});
    expect(key('Lock your car.')).toBeDefined();
    expect(key('Beware of gift card scams.')).not.toBe(key('Lock your car.'));
  });
});

/**
 * Twenty sentences of my own, in none of the corpora: ten adverts or spam, ten near misses of
 * the department's own. Every one is right (20/20).
 */
describe('commercial, code review: invented sentences', () => {
  it.each([
    ['Huge returns guaranteed, link in bio 🚀', 'link in bio'],
    ['Only 4 spots left in my day-trading bootcamp, $350, DM me', 'Only 4 spots left'],
    ['Windshields replaced $149 all month at Glassworks Auto!', '$149 all month'],
    ['Claim your free gift card now at the link!', 'Claim your free'],
    ['Reply PROFIT and I will send you my $97 course', 'Reply PROFIT'],
    ['Tint special $199 this weekend at Mike’s Tint Shop', '$199 this weekend'],
    ['Text RICH to 44221 for my forex signals, $39 a month', 'Text RICH'],
    ['Just 3 seats left in my crypto masterclass!', 'Just 3 seats left'],
    ['Pizza $5 every Monday at Sal’s Pizzeria, tell them EPD sent you', '$5 every Monday'],
    ['Flash sale on my candles today, link in bio', 'link in bio'],
  ])('flags %s', (text, words) => {
    flagged(text, words);
  });

  it.each([
    'Want to join the Explorers? Application and dates, link in bio.',
    'Text TIP to 847411 to report a crime anonymously.',
    'Reply YES to confirm your ride-along appointment.',
    'Free naloxone kits at the Public Health office: claim yours, no questions asked.',
    'Free trigger locks at any substation; claim yours during business hours.',
    'Wristbands for the Night Out block party are $2 this Tuesday at Lincoln Park.',
    'The Shop with a Cop fundraiser breakfast is $10 this Sunday at the fire hall.',
    'Only 8 seats left in the Teen Driver Safety class on Monday.',
    'Just 5 spots remaining for the Citizen Academy, apply on our website.',
    'Our recruiting video is up, link in bio to watch.',
  ])('leaves %s', (text) => {
    clean(text);
  });
});
