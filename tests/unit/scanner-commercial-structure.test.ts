import { describe, expect, it } from 'vitest';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { commercialOffers } from '../../src/shared/policy/scanners/commercial-structure';

/** The words each sentence rule finding covers. */
const offers = (text: string) => commercialOffers(text).map((f) => text.slice(f.start, f.end));
const findings = (text: string) => commercialScanner.scan(text).map((f) => f.text);

describe('commercial: a seller with an offer, read from the sentence', () => {
  it("flags an officer's private shop announcing a sale (the issue's example)", () => {
    const text =
      "Shout-out to Officer Diaz's bakery, Sweet Badge Bakery: everything is 20% off this Saturday, stop by!";
    expect(offers(text)).toEqual([
      "Officer Diaz's bakery, Sweet Badge Bakery: everything is 20% off",
    ]);
  });

  it("flags a relative's business with a price, and a call to buy in the next sentence", () => {
    expect(
      offers("My brother's detailing shop will do a full interior for $89 this week."),
    ).toEqual(["My brother's detailing shop will do a full interior for $89"]);
    const text =
      "Officer Kim's wife makes the cutest pumpkin candles and will have a table set up. DM her for prices!";
    expect(offers(text)).toEqual(['DM her for prices']);
  });

  it('flags a named business giving a discount or a price, however it is worded', () => {
    expect(
      offers(
        'Hartley Hardware on 5th Street will etch it for just $15 through the end of the month.',
      ),
    ).toEqual(['Hartley Hardware on 5th Street will etch it for just $15']);
    expect(offers("Ray's has window tint half price, use code TINT50 at the counter.")).toEqual([
      "Ray's has window tint half price, use code TINT50",
    ]);
    expect(
      offers('Sgt. Alvarez is retiring and selling his bass boat, $8,500 or best offer.'),
    ).toEqual(['Alvarez is retiring and selling his bass boat, $8,500 or best offer']);
  });

  it('flags half price and a call to buy today beside the business, not a sentence away', () => {
    expect(
      offers('Northside Locksmith is offering rekeys at half price this month, call them today.'),
    ).toEqual(['Northside Locksmith is offering rekeys at half price this month, call them today']);
    expect(
      offers('Thanks to Ortega Towing for clearing the crash. Call us today if you need a report.'),
    ).toEqual([]);
  });

  it('points at the words it matched, with the section in the message', () => {
    const text = '🚓 Big news! Ortega Towing does lockouts for $45 flat.';
    const [finding] = commercialScanner.scan(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe(
      'Ortega Towing does lockouts for $45',
    );
    expect(finding?.message).toContain('III.B.1.f');
  });

  it("does not flag the department's own free programmes and public services", () => {
    for (const text of [
      'Free car-seat checks every Tuesday at Station 2: our officers will install it for you.',
      'Register your bike in our free registry at https://www.cityofexample.gov/police/bikes.',
      'Our Auto Theft Unit will etch your VIN free of charge on Saturday, first come first served.',
      'Our Auto Theft Unit will etch converters for $10 this Saturday.',
      'Copies of crash reports are $6 at the Records Unit, 200 Main Street.',
      'Starting pay $62,400 with a $5,000 lateral bonus. Apply now.',
    ])
      expect(findings(text), text).toEqual([]);
  });

  it('does not flag a business named only as a place, or money that is not a price', () => {
    for (const text of [
      'The crash happened outside Gomez Tire & Auto on Carver Street; call (555) 555-0100.',
      "Bud's Liquor is adding $500 to the Crime Stoppers reward for the break-in.",
      'Join us for the fundraiser at Rosie’s Diner on Saturday, $25 a plate for the Explorers.',
      "Big Earl's BBQ hopes the judge throws the book at whoever did it.",
      'Gomez Tire & Auto lost $2,000 in tools in the break-in.',
      'He was booked into the Example County Jail on a $75,000 bond.',
      'Dealers on 12th sell their stuff in broad daylight.',
    ])
      expect(offers(text), text).toEqual([]);
  });

  it('flags a discount at a business named as a place', () => {
    expect(offers('The detour runs past Westgate, grab 2-for-1 tacos at Taquería El Sol!')).toEqual(
      ['2-for-1 tacos at Taquería El Sol'],
    );
  });

  it('does not flag garage-sale safety tips or scam warnings naming brands and gift cards', () => {
    for (const text of [
      'Hosting a garage sale this weekend? Keep cash in a fanny pack. If you are selling my old stuff online, meet at our safe exchange zone.',
      'Scammers are telling residents to pay a fine with Apple gift cards or through the CoinFlip Bitcoin ATM at the Circle K. Nobody takes gift cards for a fine.',
      'Scammers pretending to be from BrightStar Energy promise 50% off your bill if you pay today.',
      'New scam: a text that looks like it’s from Amazon asks you to confirm an order with a one-time code ABCD1234.',
    ])
      expect(offers(text), text).toEqual([]);
  });

  it('does not flag an offer that is denied or asked about', () => {
    expect(
      offers('Harmon Hardware is not running 30% off locks, whatever the flyer says.'),
    ).toEqual([]);
    expect(offers('Does Harmon Hardware still have 30% off locks?')).toEqual([]);
  });

  it('stays out of the way when the phrase rules alone are asked for', () => {
    expect(
      commercialOffers('Ortega Towing does lockouts for $45 flat.', { phraseRulesOnly: true }),
    ).toEqual([]);
  });
});

describe('commercial: prices per unit, orders taken, and money-making spam', () => {
  it("flags a price per unit or per dozen from an officer's own cart, truck or brewery", () => {
    expect(offers("Sgt. Lowe's taco truck is out front today, $3 tacos till close.")).toEqual([
      "Sgt. Lowe's taco truck is out front today, $3",
    ]);
    expect(offers('His brewery pours the new stout at just $5 a glass tonight.')).toEqual([
      'His brewery pours the new stout at just $5',
    ]);
  });

  it('flags a named person taking orders, with the price after it', () => {
    expect(
      offers('Dispatcher Rosa Vance is taking orders for her pies, two for $25, until Sunday.'),
    ).toEqual(['taking orders for her pies, two for $25']);
  });

  it('does not flag orders taken by no one named, or orders for a charity drive', () => {
    expect(offers('The shelter is taking orders of blankets from donors all week.')).toEqual([]);
    expect(
      offers('Sgt. Kim is taking orders for the toy drive; a $10 toy makes a child happy.'),
    ).toEqual([]);
  });

  it("does not flag an officer's own truck, cart or flat beside money that is no price", () => {
    expect(offers("Officer Diaz's truck was hit; the other driver was cited $250.")).toEqual([]);
    expect(offers('His truck, a $60,000 pickup, was found on Elm.')).toEqual([]);
    expect(offers("Deputy Ruiz's studio apartment flooded; the repair will run $2,000.")).toEqual(
      [],
    );
  });

  it('flags buy-one-get-one written with hyphens, and guaranteed multiples of your money', () => {
    expect(findings('Their iced tea is buy-one-get-one through Friday.')).toContain(
      'buy-one-get-one',
    );
    expect(findings('This platform guarantees 10x returns by spring.')).toContain(
      'guarantees 10x returns',
    );
    expect(findings('I made $900 my first week with this app!')).toContain(
      'I made $900 my first week',
    );
  });

  it('does not flag a warning about guaranteed returns or a wage earned in the first week', () => {
    expect(findings('Anyone promising you returns is lying to you.')).toEqual([]);
    expect(findings('Recruits are paid from the first week of the academy.')).toEqual([]);
  });
});
