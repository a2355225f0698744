import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean, scan } = scannerExpectations(politicalScanner, 'III.B.1.f');

describe('political appeals that name no vote', () => {
  it('flags the writer standing with an office holder, not someone reported standing beside one', () => {
    flagged('We stand with Councilmember Okafor 💙', 'stand with Councilmember Okafor');
    flagged('Our deputies are proud to stand behind Councilman Reyes this fall.', 'Reyes');
    clean('Chief Ruiz stood with Mayor Patel at the press conference on Monday.');
    clean('We stand with the families of the victims tonight.');
  });

  it('flags a candidate praised as the choice only where a race or an office is spoken of', () => {
    flagged(
      'Commissioner Lutz is the only candidate in this race who understands policing.',
      'only candidate',
    );
    flagged('Ortega is the right choice for sheriff.', 'right choice');
    // No election near: an officer "has our backs" on patrol.
    clean('The officer has our backs every night on patrol, thank you Sgt. Lowe.');
  });

  it('shows praise with the call in its sentence, and leaves it to a call a sentence away', () => {
    const text =
      'Main St is closed for a campaign rally. Come out and support Councilman Hughes — he has always had our backs!';
    expect(scan(text).map((f) => f.text)).toEqual([
      'Come out and support Councilman Hughes — he has always had our backs',
    ]);
    const apart =
      'Sheriff Boyd is running again and he has always had our backs. Re-elect Sheriff Boyd!';
    const found = scan(apart);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toMatch(/^Re-elect/);
  });

  it('flags a party blamed or praised as a group, not both parties or a party office as a place', () => {
    flagged(
      "That's no thanks to the Republicans on the county board who voted to cut our overtime budget.",
      'Republicans',
    );
    flagged('Liberals in city hall would rather fund bike lanes than officers.', 'Liberals');
    clean('Republican and Democratic candidates will take questions at the forum on Friday.');
    clean('The Democratic Party office on 4th Street was vandalized overnight; please call us.');
  });

  it('flags a measure judged or sold with a call to pass it on, not a measure described', () => {
    flagged('A yes on Prop 12 keeps officers on the street.', 'yes on Prop 12 keeps');
    flagged(
      'Measure K is on the ballot. We can’t tell you how to vote… but K is the difference between 3 and 6 minute response times.',
      'K is the difference',
    );
    flagged(
      'Measure J means more detectives and faster response. Tell your neighbors.',
      'Measure J means',
    );
    clean('Measure K, the public safety tax, is on the ballot next month.');
    clean('Measure K would raise the sales tax by half a cent to fund public safety.');
  });

  it('flags turning out, giving or "anybody but" where someone runs, not for an event', () => {
    flagged("Sheriff's race is coming up. Anybody but Holloway.", 'Anybody but Holloway');
    flagged('Seriously, get out there for Dominguez on the 5th', 'get out there for Dominguez');
    flagged(
      "Officer Whitcomb announced he's running for county commissioner! Learn more and chip in at whitcombforcounty.com.",
      'chip in',
    );
    clean('Get out there for the Turkey Trot on Thanksgiving morning!');
    clean('Please donate to the toy drive at the front desk.');
    clean('Anyone but a trained officer should leave downed power lines alone.');
  });

  it('flags a campaign hashtag built from a name or a measure in the text, and the appeal’s link', () => {
    flagged(
      'Proud to stand with Assemblywoman Teresa Morales-Lund.\n\n#MoralesLund2024',
      '#MoralesLund2024',
    );
    flagged('Measure K is on the ballot next month.\n\n#KforCops', '#KforCops');
    clean('The #Summer2024 reading program at the library starts Monday.');
    flagged(
      'The EPOA endorses Marcus Feld for City Council, and you can read why at epoa-local.org/2024',
      'epoa-local.org/2024',
    );
  });

  it('points at the words it matched, with the section in the message', () => {
    const text = 'Great turnout! We stand with Councilmember Okafor.';
    const [finding] = scan(text);
    expect(finding?.text).toBe('stand with Councilmember Okafor');
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.text);
    expect(finding?.message).toContain('III.B.1.f');
  });

  // Written before the rules were changed, none copied from a corpus: 18 of 20 right then, 20 now.
  const invented = {
    political: [
      "Everyone at the Eastside precinct is behind Councilwoman Tran's re-election. Let's get it done!",
      'Sheriff Malik is running again. He fought for every raise we got. Time to return the favor at the ballot box.',
      'Nobody has done more for this department than Mayor Ochoa, so make sure she gets four more years.',
      'Prop 9 funds 30 new patrol officers. Please tell your friends and family to vote yes.',
      'The GOP majority on the commission gutted the crime lab. Don’t forget that.',
      'Democrats on the board just voted against our body camera money again.',
      'Treasurer candidate Lisa Oyelaran is the only one who will protect our pensions.',
      "Pitch in $10 for Captain Reyes's campaign for sheriff at reyesforsheriff.com",
      'If you care about response times, fill in the bubble next to Measure D.',
      'Proud to back Judge Whitfield for another term.',
    ],
    neutral: [
      "Early voting runs Monday through Friday at the county clerk's office, 8 a.m. to 5 p.m.",
      'Councilwoman Tran thanked the officers who responded to the fire on Elm Street.',
      "Expect heavy traffic near the civic center during Tuesday night's candidate forum.",
      "Measure D is on the November ballot; the full text is on the county clerk's website.",
      'The mayor and Sheriff Malik will cut the ribbon on the new youth center Friday.',
      'Both Republican and Democratic county commissioners attended the swearing-in ceremony.',
      "We stand with our neighbors in Lincoln Heights after last night's flooding.",
      'Judge Whitfield sentenced the defendant to five years on Monday.',
      'Show up for the community cleanup on Saturday morning at Riverside Park.',
      'Campaign signs on public right-of-way will be removed by city crews per city ordinance.',
    ],
  };
  it.each(invented.political)('flags an appeal of my own: %s', (text) => {
    expect(scan(text).length).toBeGreaterThan(0);
  });
  it.each(invented.neutral)('leaves a near miss of my own clean: %s', (text) => clean(text));
});
