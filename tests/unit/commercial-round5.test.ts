import { describe, expect, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean, scan } = scannerExpectations(commercialScanner, 'III.B.1.f');

/**
 * Round five: each family is named (who, what the predicate asserts) and tested with sentences
 * written for it in other words, none taken from a corpus.
 */
const FAMILIES: Record<string, readonly (readonly [string, string])[]> = {
  // A seller states the price of a first visit, lesson or month.
  'an introductory price': [
    ['Her first class is only $15, so come try it.', 'first class is only $15'],
    ['1st visit just $10 for new clients!!', '1st visit just $10'],
    ['Intro month for $29 at his studio.', 'Intro month for $29'],
    ['your first lesson $20, after that it’s $35', 'first lesson $20'],
    ['Trial week at $5 — no contract.', 'Trial week at $5'],
  ],
  // A commenter sells social-media reach or claims the cheapest price.
  'selling followers and the cheapest price': [
    ['Buy 10k real followers cheap, DM for rates', 'Buy 10k real followers'],
    ['gain 2,000 likes in 24 hours with our panel', 'gain 2,000 likes in 24 hours'],
    ['GROW YOUR FOLLOWERS FAST 🚀', 'GROW YOUR FOLLOWERS'],
    ['Cheapest tint in town, walk-ins welcome', 'Cheapest tint in town'],
    ['lowest priced brake jobs around, ask for Lou', 'lowest priced brake jobs around'],
  ],
  // A lender's advert: approval whatever the reader's credit.
  'loan spam': [
    ['Poor credit okay!! cash today', 'Poor credit okay'],
    ['Payday advances with no credit check, apply now', 'no credit check'],
    ['Instant approval up to $5,000', 'Instant approval'],
    ['Get approved within minutes, no paperwork', 'approved within minutes'],
    ['Same-day loans for anyone with a job', 'Same-day loans'],
  ],
  // A seller spells out their web address so a filter does not catch it.
  'a spelled-out address': [
    ['visit fastloans4u dot com for more', 'fastloans4u dot com'],
    ['best deals at cheap-kicks dot shop', 'cheap-kicks dot shop'],
    ['check wealthpath dot io for the free webinar', 'wealthpath dot io'],
    ['my store is glowbeauty dot net', 'glowbeauty dot net'],
    ['get yours at vapesdirect dot biz', 'vapesdirect dot biz'],
  ],
  // A get-rich or advert hashtag.
  'get-rich and advert hashtags': [
    ['Quit my 9-5 last year 🙌 #sidehustle', '#sidehustle'],
    ['New drop this Friday! #ad', '#ad'],
    ['Ask me how 💸 #makemoneyonline', '#makemoneyonline'],
    ['Six figures from my phone #workfromhome', '#workfromhome'],
    ['Lambo by summer #cryptotrading', '#cryptotrading'],
  ],
  // The reader shows a card, badge or post at the till to get the deal.
  'the tell at the till': [
    ['Show your badge at the counter and lunch is 10% less.', 'Show your badge at the counter'],
    ['just present your military ID at checkout', 'present your military ID at checkout'],
    ['flash this post when you order and the fries are on us', 'flash this post when you order'],
    [
      'Free refills for anyone who brings their library card this week.',
      'for anyone who brings their library card',
    ],
    [
      'Half off tacos for everyone who mentions this page on Tuesday.',
      'for everyone who mentions this page',
    ],
  ],
  // A commenter sells their own things.
  'selling from me': [
    ['you can buy a set off me for $30', 'buy a set off me'],
    ['or just grab one from me, I have extras', 'grab one from me'],
    ['cop yours through me and skip shipping', 'cop yours through me'],
    ['Get them from me instead, cheaper than the store', 'Get them from me'],
    ['snag a couple from me before Friday', 'snag a couple from me'],
  ],
  // Where to buy: an order link, a shop link, a booking handle.
  'where to buy': [
    ['Links to the shop are in the first comment!', 'Links to the shop'],
    ['Order form in the comments 👇', 'Order form in the comments'],
    ['Link for ordering below, pickup Saturday.', 'Link for ordering below'],
    ['Book with @fadesbyjay, walk-ins Sunday', 'Book with @fadesbyjay'],
    ['Order through @sweetcrumbs before the 20th', 'Order through @sweetcrumbs'],
  ],
  // A commission or cash back offered as the deal.
  'a commission as the offer': [
    [
      'She offers a 1.5% commission for all first responders.',
      '1.5% commission for all first responders',
    ],
    ['2% cash back for any officer who buys through him', '2% cash back for any officer'],
    ['a 50% rebate for our followers on install', '50% rebate for our followers'],
    ['He will do a reduced commission for EPD families.', 'reduced commission'],
    ['Realtor friend is doing a half commission for teachers', 'half commission'],
  ],
  // A seller's call after the advert joins it: "DM me", "Message her on WhatsApp".
  'a seller’s call after the advert': [
    ['Selling my old bike, $120 OBO. PM me if interested.', 'PM me if interested'],
    ['Spare tires, $40 each. Inbox me.', 'Inbox me'],
    [
      'I made $3,000 a week trading with Mrs. Lane’s signals. Message her on Telegram.',
      'Message her on Telegram',
    ],
    ['Brownies $12 a dozen. DM us to order!', 'DM us'],
    ['Two tickets, $60 each or both for $100. Message me', 'Message me'],
  ],
};

const NEAR_MISSES = [
  // The department's own page, a milestone, not a sale of followers.
  'Help us get 10k followers before the end of the year!',
  'We just hit 5,000 followers, thank you all!',
  // A court's order form, not a shop's.
  'The restraining order form is at the courthouse clerk’s window.',
  // A scam warning's list.
  'Watch for these red flags:\n• Guaranteed returns\n• No credit check loans\n• Approved in minutes',
  // A fine is not a price.
  'A first offence carries a fine of $250.',
  // An officer's first week, not a price.
  'Her first week on patrol she recovered $4,000 in stolen tools.',
  // The department's own address.
  'Read the report at cityofexample dot gov.',
  // A warning that names the spam's words.
  'Scammers promise instant approval and no credit check; never pay a fee up front.',
  // Showing ID at the front desk for a records request.
  'Bring your ID to the front desk to pick up a copy of your report.',
  // Asking for tips, not selling.
  'If you saw anything, message us on Facebook or call the tip line.',
];

describe('commercial, round five', () => {
  for (const [family, sentences] of Object.entries(FAMILIES))
    it(`flags ${family}`, () => {
      for (const [text, words] of sentences) flagged(text, words);
    });

  it('leaves the near misses clean', () => {
    for (const text of NEAR_MISSES) clean(text);
  });

  it('points at the words of the call and joins it to the advert before it', () => {
    const text = 'Selling my spare boots, size 10, $35 OBO. DM me if interested.';
    const found = scan(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe('Selling my spare boots, size 10, $35 OBO. DM me if interested');
  });

  it('leaves a bare call with no advert before it', () => {
    clean('Have a question about the permit? DM us.');
  });

  it('leaves a list of red flags under a warning heading', () => {
    clean('Warning signs:\n- Guaranteed returns\n- Pressure to act now');
    // Without the heading it is the spam's own claim.
    flagged('Guaranteed returns every week 💰 link in bio', 'Guaranteed returns');
  });
});

/** Ten positives and ten near misses written after the rules, to measure them. */
export const SELF_WRITTEN = {
  positive: [
    [
      'Our records clerk Dana sells sourdough on weekends, first loaf only $5!',
      'first loaf only $5',
    ],
    ['Want 20k followers by Friday? get 20k followers in 3 days, link in bio', 'get 20k followers'],
    ['Behind on rent? Bad credit welcome, cash in 1 hour', 'Bad credit welcome'],
    ['Best prices on rims at rimkingz dot com', 'rimkingz dot com'],
    ['Made my first $1k this month 😎 #passiveincome', '#passiveincome'],
    [
      'Show your EPD badge at the register for 15% off all week.',
      'Show your EPD badge at the register',
    ],
    ['Honestly just buy one off me, $15 shipped', 'buy one off me'],
    ['Link to my shop in the comments 🛍️', 'Link to my shop in the comments'],
    ['Nails $35 full set, book via @clawsbycee', 'book via @clawsbycee'],
    [
      'Detective Ruiz’s wife is a realtor and offers a 1% commission for anyone on the force.',
      '1% commission for anyone on the force',
    ],
  ],
  clean: [
    'We reached 20,000 followers this week, thanks for helping us get there!',
    'Detectives recovered the stolen rims and returned them to the owner.',
    'The first offender program costs $150 and is run by the county court.',
    'Red flags:\n• Bad credit OK\n• Wire the fee first',
    'File a protective order form online or at the courthouse.',
    'Report phishing sites like paypa1 dot com to the FTC.',
    'Show your badge at the door of the training center.',
    'The cheapest way to stay safe is to lock your car.',
    'DM us if you have information on the break-in.',
    'His first week cost the suspect $900 in fines.',
  ],
} as const;

describe('commercial, round five: self-written after the rules', () => {
  it('scores the self-written sentences', () => {
    let right = 0;
    for (const [text, words] of SELF_WRITTEN.positive) {
      try {
        flagged(text, words);
        right += 1;
      } catch {
        /* counted as a miss */
      }
    }
    for (const text of SELF_WRITTEN.clean) if (scan(text).length === 0) right += 1;
    expect(right).toBeGreaterThanOrEqual(18);
  });
});
