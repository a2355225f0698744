import { describe, expect, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean, scan } = scannerExpectations(commercialScanner, 'III.B.1.f');

describe('commercial offers without a "sale"', () => {
  it('flags a named person who makes or does something, with a price beside it', () => {
    flagged(
      'Det. Amara Okoye spends her weekends making hot sauce. It’s $8 a bottle, 2 for $15.',
      '2 for $15',
    );
    flagged(
      'Officer Daniels also runs a self-defense class at his gym, $25 a session and your first one is free!',
      'Daniels also runs',
      'first one is free',
    );
    flagged('My husband does gutter cleaning, $120 for a single story house.', 'My husband does');
    clean(
      'Officer Daniels ran the self-defense class at the library last week, thanks to all 40 who came.',
    );
  });

  it('flags an offer made to the page’s followers, with the seller named up to three sentences back', () => {
    flagged(
      'Thanks to Dana Whitlock of Evergreen Realty for the backpacks! Dana is also on the PTA. And if you’re buying this spring, she’s offering free home valuations to our followers.',
      'free home valuations',
    );
    flagged(
      'Realtor here! Free home appraisals for anyone in the neighborhood this month.',
      'Free home appraisals',
    );
    // A gift thanked for is no offer: nobody is told to come and get one.
    clean(
      'Thanks to Hartley Hardware for donating 300 smoke detectors to our free install program.',
    );
  });

  it('flags a free service on a condition, an affiliate’s commission and a trade’s special', () => {
    flagged(
      'Thanks to SafeNest Security for sponsoring! Attendees get 20% off with code EPDSAFE, and installation is free if you book by Friday.',
      'installation is free if you book by Friday',
    );
    flagged(
      'We like the ClubMax Pro, you can grab one for $29.99 here (we earn a small commission).',
      'commission',
    );
    flagged('Locksmith here 🔑 rekeying special this week only, $49 per lock.', 'Locksmith here');
    flagged('Vendo cámaras de seguridad con instalación incluida, $120 cada una', 'Vendo cámaras');
  });

  it('keeps the department’s own programmes and public services clean', () => {
    clean(
      'Our free self-defense class for seniors starts Monday at the community center; sign up by Friday.',
    );
    clean('Hurricane prep: sandbags are free for residents at the Public Works Yard until 6 p.m.');
    clean(
      'The car seat check is free and no appointment is needed; it runs every Tuesday at Station 2.',
    );
  });

  it('keeps warnings about thefts and scams clean, but not a spammer’s "not a scam"', () => {
    clean(
      'Thieves are stealing catalytic converters and selling them for $300 each to scrap yards.',
    );
    clean('Don’t fall for "work from home" ads promising $500 a day: it’s a scam.');
    flagged('Not a scam!! Earn $500 a day working from home, inbox me.', 'working from home');
  });

  it('points at the words it matched, with the section in the message', () => {
    const text = 'Det. Sousa runs a food truck on weekends. Tacos are 3 for $10 on Fridays.';
    const found = scan(text);
    expect(found.map((f) => f.text)).toContain('3 for $10');
    expect(found[0]?.message).toContain('III.B.1.f');
  });

  // Written before the rules were changed, none copied from a corpus: 18 of 20 right then, 20 now.
  const invented = {
    offers: [
      'Officer Baines knits baby blankets, $35 each or two for $60. Message her on Facebook.',
      'Sponsor shout-out: Summit Auto Glass is giving EPD followers 15 percent off windshield repair.',
      'My sister-in-law just opened a dog grooming salon downtown. First groom is half price!',
      'Roofer here, free roof inspections after the hail storm, just send me a message.',
      'Our friends at Copper Kettle Bistro will comp your dessert if you mention this page.',
      'We tested the LumaCam doorbell and love it, grab yours at the link below (affiliate link).',
      'Det. Sousa runs a food truck on weekends, tacos are 3 for $10 on Fridays.',
      "Tickets for Officer Bell's son's hockey team raffle are $10, winner gets a TV. DM me.",
      'Make $400 a day from your phone, no experience needed. Inbox me!',
      'Need a notary? Sgt. Kim does mobile notary services on the side for $15 a signature.',
    ],
    clean: [
      'Free smoke detectors are installed by the fire department; call 311 to book.',
      'The Shop with a Cop event at Target on Saturday paired 50 kids with officers.',
      'Warning: callers pretending to be from Evergy demand payment in gift cards. Hang up.',
      'The stolen trailer was recovered behind Dalton Feed & Supply on Route 4.',
      'Police officer starting salary is $61,500; the next academy class begins in June.',
      'Yard sale shoppers, keep your purse zipped and your phone in a front pocket.',
      "Our free bike registration event is Saturday at the library; bring your bike's serial number.",
      'A man sold fake concert tickets for $200 each outside the arena; if you bought one, call us.',
      "Thanks to Lucky's Market for hosting Coffee with a Cop this morning!",
      'The suspect used a stolen card to buy $900 in gift cards at a gas station.',
    ],
  };
  it.each(invented.offers)('flags an offer of my own: %s', (text) => {
    expect(scan(text).length).toBeGreaterThan(0);
  });
  it.each(invented.clean)('leaves a near miss of my own clean: %s', (text) => clean(text));
});
