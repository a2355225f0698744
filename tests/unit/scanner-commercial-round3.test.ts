import { describe, expect, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(commercialScanner, 'III.B.1.f');

describe('commercial, round three: prices with a period and services for a price', () => {
  it('flags a price with a sale period, whoever is named', () => {
    flagged(
      'Grab a burrito while you are there, they are $5 every Friday this month.',
      '$5 every Friday',
    );
    flagged('Wings are 50 cents each all day Tuesday.', '50 cents each all day');
    flagged('Two dozen roses for $20 through Sunday!', '$20 through Sunday');
  });

  it('flags a service offered for a price', () => {
    flagged(
      'Ace Tint will do all four windows for just $150.',
      'will do all four windows for just $150',
    );
    flagged("they'll haul the old couch away for $40", "'ll haul the old couch away for $40");
  });

  it('leaves rewards, fines and public fees', () => {
    clean('The $5,000 reward stands through the end of the month.');
    clean('Pet licences are $10 all this month at City Hall.');
    clean('Violators can be fined for $250 under the new ordinance.');
    clean('Thieves will sell a stolen converter for $300 each.');
  });

  it("flags a trade's own terms: at cost, below retail", () => {
    flagged("My cousin's crew will pour the slab at cost, message me.", 'at cost');
    clean('The suspect was caught selling the stolen tools below retail.');
  });

  it('makes a sponsor a business: our friends at …', () => {
    flagged(
      'Our friends at Kessler Lock & Key are giving a free rekey with any deadbolt purchase – just show them this post.',
      'Kessler Lock & Key',
      'show them this post',
    );
  });
});

describe('commercial, round three: get-rich and giveaway spam', () => {
  it('flags income claims with a hedge', () => {
    flagged(
      "I've been clearing about $2,500 a month with this app.",
      'clearing about $2,500 a month',
    );
    clean("Scammers claim you can make over $500 a day from home. Don't fall for it.");
  });

  it('flags a keyword to DM and scarcity', () => {
    flagged('Comment START below and I will message you.', 'Comment START');
    flagged(
      'DM me “WEALTH” to get started – only 7 spots left!',
      'DM me “WEALTH”',
      'only 7 spots left',
    );
    clean('Text TIP to 847411 with anything you know.');
    clean('Only 10 seats left for the Citizen Police Academy, register at our website.');
  });

  it('flags a channel of signals, with its link, as one finding', () => {
    const f = flagged(
      'Join my Discord for free picks every morning: discord.gg/bigwins',
      'Join my Discord',
    );
    expect(f.text).toContain('discord.gg/bigwins');
    flagged('Get daily signals from a real trader.', 'daily signals');
    clean('Join our team! Starting pay is $61,800.');
  });

  it('flags a shortened link with a prize to claim', () => {
    flagged(
      'Click here 👉 tinyurl.com/prize-win to claim your free gift card!',
      'tinyurl.com/prize-win',
    );
    clean('Click here for the survey: bit.ly/epd-survey');
  });

  it('reads link in bio as an advert only when it is a person’s own bio', () => {
    clean('Link in bio for the full video of the graduation ceremony.');
    flagged('New candles just dropped, link in my bio!', 'link in my bio');
  });

  it('joins two findings of one sentence into one', () => {
    const f = flagged(
      "I started with passive income, and I've been making over $3,000 a week trading.",
      'passive income',
      'making over $3,000 a week',
    );
    expect(f.text.startsWith('passive income')).toBe(true);
  });
});

/** Sentences written for this round, in no corpus: what the rules get right is reported. */
const POSITIVE = [
  "Shout out to Mendez Glass on 4th, they'll replace a smashed car window for just $120 this week.",
  'Wings are 50 cents each every Tuesday through December at Corner Pocket, go see them!',
  "I've been clearing about $2,500 a month with this app, no experience needed.",
  "Comment START below and I'll message you how it works!",
  'Only 5 slots left for my coaching program, DM me.',
  'Join my Discord for free picks every morning: discord.gg/bigwins',
  "My brother-in-law runs a tree service and he'll haul it away at cost, text me.",
  "Tacos are $2 all day Sunday at Lupita's truck, tell them Deputy Ruiz sent you!",
  'Click here 👉 tinyurl.com/prize-win to claim your free gift card!',
  'Our pals at Northside Tint can do your windows for $150 through Friday.',
];
const NEAR_MISS = [
  'Pet licences are $10 all this month at City Hall.',
  'The reward of $5,000 stands through the end of the month.',
  'Thieves will sell a stolen converter for $300 each.',
  'Only 10 seats left for the Citizen Police Academy, register at our website.',
  "Scammers claim you can make over $500 a day from home. Don't fall for it.",
  'Violators can be fined for $250 under the new ordinance.',
  'Join our team! Starting pay is $61,800.',
  'The suspect was last seen at Sal’s Deli on Main Street around noon.',
  'Text TIP to 847411 with anything you know.',
  'Link in bio for the full video of the graduation ceremony.',
];

describe('commercial, round three: invented sentences', () => {
  it('flags every invented advert', () => {
    for (const text of POSITIVE)
      expect(commercialScanner.scan(text).length, text).toBeGreaterThan(0);
  });
  it('leaves every invented near miss', () => {
    for (const text of NEAR_MISS) clean(text);
  });
});

describe('commercial, round three: the department’s own service', () => {
  it('leaves a service the department or a public body offers for a price', () => {
    clean('Our Auto Theft Unit will etch converters for $10 this Saturday.');
    clean("We'll engrave your bike for $5 all this month at the front desk.");
    flagged('Our friends at Bayside Auto will etch converters for $10 all this month.', 'for $10');
  });
});
