import { describe, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(commercialScanner, 'III.B.1.f');

/**
 * Round four: each family is named (who, what the predicate asserts) and tested with sentences
 * written for it, none taken from a corpus.
 */
describe('commercial, round four', () => {
  // A crime-prevention post passes on a shop's discount; the theft it prevents is another clause.
  it('flags a discount in a theft-prevention sentence', () => {
    flagged(
      'The guys at Spoke & Chain told me anyone with a student card saves 20% off cable locks this week, because nobody wants another stolen bike.',
      '20% off',
    );
    flagged(
      'Quick tip from your SRO: Corner Cycle is knocking 15% off U-locks for students until Sunday, so lock up before thieves find your ride.',
      '15% off',
    );
  });

  it('leaves a theft warning whose offer is the thieves’ own', () => {
    clean('Thieves will sell a stolen converter for $300 each.');
    clean(
      'Thieves stole 40 bikes this semester; lock up and register your bike with campus police.',
    );
  });

  // A retiree or colleague opens a business and its prices follow.
  it('flags prices after someone opens or runs a business', () => {
    flagged(
      'Retired Lt. Hale just opened Hale Leatherworks downtown. Custom holsters start at $89.',
      '$89',
    );
    flagged(
      "Our old dispatcher Bev is running Bev's Bakes now. Birthday cakes from $35 and cupcakes $24 a dozen.",
      '$24 a dozen',
    );
    flagged(
      'Det. Moreno retired last spring and launched Moreno Pressure Washing. Driveways are $120, decks from $150.',
      '$120',
    );
  });

  // A dealer or a store advertises its finance terms.
  it('flags finance terms', () => {
    flagged(
      'Stop by Lakeside Ford this weekend: zero percent financing on all trucks.',
      'zero percent financing',
    );
    flagged(
      'Bayside Furniture has no money down and no interest for 12 months on sofas!',
      'no money down',
    );
    flagged('Get 1.9% APR on every new SUV at Crestline Kia through the end of May.', '1.9% APR');
    flagged('Tri-County Honda is offering $0 down on certified used cars.', '$0 down');
    flagged(
      'Low monthly payments at Valley Chevy, tell them the PD sent you.',
      'Low monthly payments',
    );
  });

  it('leaves finance terms in a scam warning', () => {
    clean("Scammers are promising 0% APR car loans on fake sites. Don't fall for it.");
  });

  // A commenter sells food by the unit and takes orders by message, in Spanish or English.
  it('flags unit prices and orders by message', () => {
    flagged('Vendemos pozole los domingos, pedidos por WhatsApp.', 'pedidos por WhatsApp');
    flagged('Pan de elote casero, charola a $25. Info por inbox.', 'charola a $25');
    flagged('Tamales de rajas, media docena a $10, encargos por mensaje', 'media docena a $10');
    flagged('Homemade salsa, $8 a jar. Orders via DM!', '$8 a jar');
    flagged(
      'Fresh sourdough every Saturday, one loaf for $9, pre-orders by text.',
      'one loaf for $9',
    );
  });

  it('leaves a fundraiser’s plate price and a fundraiser’s service', () => {
    clean('The fundraiser dinner is $20 a plate, all proceeds to the K-9 fund.');
    clean('Bake sale for the Explorers: $6 a dozen, all proceeds to their academy trip.');
    clean('The Explorers will wash your car for $10 on Saturday, all money goes to their trip.');
  });

  // The advert asks the reader to say where they saw it, so the business can count the post.
  it('flags a referral line', () => {
    flagged('We’ll knock ten bucks off, just say you saw it here.', 'say you saw it here');
    flagged(
      "Tell them you saw this on the sheriff's page and they'll take care of you.",
      'Tell them you saw this on',
    );
    flagged('Mention you found us on the EPD post for a free coffee.', 'Mention you found us');
    flagged('Say Officer Bea sent you!', 'Say Officer Bea sent you');
    flagged('Tell the cashier Deputy Ruiz sent you.', 'Deputy Ruiz sent you');
  });

  it('leaves a request for what a witness saw', () => {
    clean('If you saw it on the news, please call our tip line.');
    clean('Tell us what you saw on Main Street last night.');
  });

  // An officer, a unit or a K-9 uses a named brand and nothing else: an endorsement.
  it('flags a product endorsement', () => {
    flagged('Our K-9 Rex eats nothing but Summit Ridge salmon kibble.', 'Summit Ridge');
    flagged('The whole traffic unit swears by Trailmark boots.', 'swears by Trailmark');
    flagged('Sgt. Patel drinks only Black Rifle coffee on nights.', 'Black Rifle');
    flagged("Our bikes team won't wear anything but Lazer helmets.", 'Lazer');
    flagged('Luna the therapy dog trusts only Happy Paws treats.', 'Happy Paws');
  });

  it('leaves a suspect’s habits and the department’s own kit', () => {
    clean('The suspect used only Telegram to arrange the sales.');
    clean('Our patrol unit uses only department-issued radios.');
  });

  // A spammer vouches for a "recovery agent" who got their money back.
  it('flags a recovery-agent testimonial', () => {
    flagged(
      'Shoutout to Mr. Kevin at CoinRescue, he recovered all my funds in 48 hours!',
      'recovered all my funds',
    );
    flagged(
      'A recovery expert named Lisa got back $14,000 for me after I was scammed. Text her.',
      'got back $14,000 for me',
    );
    flagged(
      'I lost my BTC to a fake exchange but HackerDan helped me recover every coin.',
      'helped me recover',
    );
    flagged(
      'Bless Agent Maria, she retrieved my 2 ETH back from the scammers',
      'retrieved my 2 ETH',
    );
  });

  it('leaves thanks to the police and a warning about recovery scams', () => {
    clean('Detectives got back my stolen laptop for me, thank you EPD!');
    clean('Officers recovered all my tools back within a week.');
    clean(
      'Detectives warn that scammers pose as recovery agents who claim they can get back your crypto for a fee.',
    );
  });

  // A business owner comments: their "we" is the shop's, not the department's.
  it('flags a shop owner’s "we will do it for" price', () => {
    flagged(
      "I run Castillo Glass on 5th. We'll replace a cracked windshield for $199 this month.",
      '$199',
    );
    flagged(
      'My shop is on Elm. We can rekey the whole house for $60, parts included.',
      'rekey the whole house for $60',
    );
  });

  it('leaves the department’s own free service', () => {
    clean("We'll do the car seat checks for free at the station on Saturday.");
    clean('Our Auto Theft Unit will etch your VIN for $5 at the station.');
  });
});
