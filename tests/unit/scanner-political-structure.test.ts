import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { politicalCalls } from '../../src/shared/policy/scanners/political-structure';

/** The words each sentence rule finding covers. */
const calls = (text: string) => politicalCalls(text).map((f) => text.slice(f.start, f.end));
const findings = (text: string) => politicalScanner.scan(text).map((f) => f.text);

describe('political: a candidate, party or measure with a call, read from the sentence', () => {
  it('flags a call to vote in any wording, not only the word "vote"', () => {
    expect(calls('Please say YES to Prop 2 on May 6.')).toEqual(['say YES to Prop 2']);
    expect(calls('Please back Measure R on the November ballot.')).toEqual(['back Measure R']);
    expect(calls('When you get your ballot, put an X beside Reyes.')).toEqual([
      'an X beside Reyes',
    ]);
    expect(
      calls('Measure B will gut your budget. Anyone who cares needs to reject it on the 14th.'),
    ).toEqual(['reject it']);
  });

  it('flags support for a candidate, an endorsement, and keeping someone in office', () => {
    expect(calls('Sheriff Donnelly has my full support for state senate.')).toEqual([
      'Sheriff Donnelly has my full support',
    ]);
    expect(calls('Councilwoman Ortiz has earned a second term.')).toEqual([
      'Councilwoman Ortiz has earned',
    ]);
    expect(calls('Mayor Ruiz cut response times. Let’s keep her in office!')).toEqual(['keep her']);
    expect(
      calls('Councilman Voss voted to cut 40 patrol positions. On November 3rd, send him home.'),
    ).toEqual(['send him']);
    expect(
      calls('The officers’ association has endorsed Marisol Quintanilla for District Attorney.'),
    ).toEqual(['endorsed Marisol Quintanilla']);
  });

  it('flags money or time for a campaign, and "them" after a party', () => {
    expect(calls('Please donate to the mayor’s re-election campaign.')).toEqual([
      'donate to the mayor’s re-election',
    ]);
    expect(calls('The Republicans on the council want to defund us. Vote them out.')).toEqual([
      'Vote them',
    ]);
  });

  it('flags partisan appeals and campaign events with a call to come', () => {
    expect(calls('Keep the Republican majority in charge at City Hall.')).toEqual([
      'Keep the Republican',
    ]);
    expect(calls('Come out to the fundraiser for Councilwoman Adeyemi on Saturday!')).toEqual([
      'fundraiser for Councilwoman Adeyemi',
    ]);
    expect(calls('Sheriff Becker backs the deputies. Becker 2026!')).toEqual(['Becker 2026']);
  });

  it('points at the words it matched, with the section in the message', () => {
    const text = '🗳️ Crime is down. Please back Measure R!';
    const [finding] = politicalScanner.scan(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe('back Measure R');
    expect(finding?.message).toContain('III.B.1.f');
  });

  it('does not flag neutral voting information: where and when to vote, polling places, deadlines', () => {
    for (const text of [
      'Election Day is Tuesday, Nov. 3. Polls are open 7 a.m. to 7 p.m.; expect extra patrols near polling places.',
      'The county moved the early voting site to the Northside Library because of flooding. Hours are unchanged.',
      'Register to vote by October 5 at the county elections office.',
      'Whoever you choose, vote before the campaign season ends on Tuesday.',
      'Whether you support or oppose Measure B, please be patient at the polls.',
      'Thursday’s mayoral debate closes Civic Center Dr from 4 p.m. to 10 p.m.',
      'Civic Center Dr will be closed for the Reyes for Council rally at Founders Plaza.',
    ])
      expect(findings(text), text).toEqual([]);
  });

  it('does not flag an official at an event, a K-9 naming vote, or criticism of the chief', () => {
    for (const text of [
      'Thank you, Mayor Evelyn Castellanos and Council Member Kwame Asante, for joining us at the ribbon cutting!',
      'Mayor Alvarez and Chief Okafor will speak at the memorial. The ceremony is open to the public.',
      'Help us name our newest K-9! Vote in the comments: Ranger, Bolt or Zeus.',
      'Bolt gets my vote 🐕‍🦺',
      'Vote for your favorite patch design in the comments!',
      'Chief Hale should resign. Response times have been a joke for two years.',
      'Thanks to Councilwoman Reddy for supporting the new streetlights.',
      'She has our back every single day, and he’ll be back on patrol Monday.',
      'Drug Take Back Day is Saturday at HQ.',
      'This project is paid for by the 2022 road bond.',
      'Help us find Harold Ng, born March 3, 1949. He left his apartment on foot.',
    ])
      expect(findings(text), text).toEqual([]);
  });

  it('reads who a call is about, and whether it is a call at all', () => {
    for (const text of [
      // A contest in the comments names no candidate.
      'Vote for Ranger or Bolt in the comments!',
      // A word of a name is no call: "Back the Blue" here is an event.
      'Drug Take Back Day with Mayor Ruiz is Saturday at HQ.',
      // "will support" reports what someone does; it asks nothing.
      'Councilwoman Reddy will support the streetlight plan.',
      // "our back" is loyalty, not the verb.
      'Councilwoman Reddy has our back.',
      // "keep her" is a call to vote only about an office or an election.
      'Mayor Ruiz visited the school today. Keep her family in your thoughts.',
    ])
      expect(calls(text), text).toEqual([]);
  });

  it('does not flag the department saying it takes no side', () => {
    expect(calls('We do not endorse Mayor Ruiz or anyone else running for office.')).toEqual([]);
  });

  it('stays out of the way when the phrase rules alone are asked for', () => {
    expect(politicalCalls('Please back Measure R!', { phraseRulesOnly: true })).toEqual([]);
  });
});

describe('political: calls worded around their target, campaign money, petitions', () => {
  it('flags a wish that a measure pass or a candidate win', () => {
    expect(calls("We'd really like to see Prop 9 pass this fall.")).toEqual(['Prop 9 pass']);
    expect(calls('Help Councilwoman Adeyemi win the election in March!')).toEqual([
      'Help Councilwoman Adeyemi win',
    ]);
    expect(calls('Help Councilwoman Adeyemi win at the polls in March!')).toEqual([
      'Help Councilwoman Adeyemi win',
    ]);
  });

  it('does not flag a measure reported as passing, with no wish', () => {
    expect(calls('Measure T failed to pass in 2019.')).toEqual([]);
    expect(calls("We'd love to see Sheriff Cole win the chili cook-off!")).toEqual([]);
    expect(calls('We hope to see Sheriff Cole win on Saturday at the fair.')).toEqual([]);
  });

  it('flags sales or proceeds that go to a campaign or a candidate just named', () => {
    expect(
      calls('Tickets are $20, with all profits going to the Vance re-election campaign.'),
    ).toEqual(['going to the Vance re-election']);
    expect(
      calls('Our cart will be at the Ortiz for Sheriff picnic. Every taco sold supports Ortiz.'),
    ).toEqual(['supports Ortiz']);
  });

  it('does not flag sales for a named person who is no candidate', () => {
    expect(calls('Every raffle ticket sold supports Officer Lang and his family.')).toEqual([]);
  });

  it('flags a fundraiser named for a candidate when readers are asked to come', () => {
    expect(calls('Join us at the Friends of Mayor Brandt fundraiser on Friday!')).toEqual([
      'Mayor Brandt fundraiser',
    ]);
  });

  it('flags keeping someone on council or in office, whoever the words name', () => {
    expect(calls("Let's keep a real fighter on the city council.")).toEqual([
      'keep a real fighter on the city council',
    ]);
  });

  it('does not flag keeping things on a board that is no elected one', () => {
    expect(calls('Keep your notes on the whiteboard in the briefing room.')).toEqual([]);
    expect(calls('Coach kept him on the bench all season.')).toEqual([]);
    expect(calls('Keep your eyes on the council meeting livestream tonight.')).toEqual([]);
    expect(calls('Please keep your bikes in the office over the weekend.')).toEqual([]);
  });

  it('flags a group backing a candidate or a measure, and a titled "Yes on 12"', () => {
    expect(calls('Our association is backing Commissioner Hale this year.')).toEqual([
      'backing Commissioner Hale',
    ]);
    expect(calls('Yes on 7 means faster response times.')).toEqual(['Yes on 7']);
  });

  it('does not flag backing or supporting said of no group that campaigns', () => {
    expect(calls('The youth league is supporting Commissioner Hale on the park study.')).toEqual(
      [],
    );
  });

  it('flags telling an official to go where a recall or an election is spoken of', () => {
    expect(
      calls(
        'Sign up to recall Councilman Pruitt. He skipped every budget hearing; it is time for him to go.',
      ),
    ).toEqual(['recall Councilman Pruitt', 'him to go']);
    expect(
      calls('Republicans wrecked the parks board. Every one of them must be gone in November.'),
    ).toEqual(['them must be gone']);
  });

  it('does not flag "time for him to go" with no recall, vote or election nearby', () => {
    expect(
      calls('Judge Carter thanked the jurors. After a long day it is time for him to go.'),
    ).toEqual([]);
  });

  it('flags a petition to put a measure on the ballot, and "which party" in a vote call', () => {
    expect(calls('Sign the petition to put Issue 4 on the ballot!')).toEqual([
      'Sign the petition to put Issue 4',
    ]);
    expect(calls('This November, remember which party cut the crime lab.')).toEqual([
      'remember which party',
    ]);
  });

  it('flags "has our vote" for someone running for a seat', () => {
    expect(findings('She is running for School Board Seat 2, and Dunn has our vote!')).toEqual([
      'Dunn has our vote',
    ]);
  });

  it('does not flag a contest vote a sentence after the comments are named', () => {
    expect(findings('Vote in the comments! I vote Pepper for the new horse.')).toEqual([]);
  });

  it('does not flag a re-election rally named only in a road closure', () => {
    expect(
      findings('Elm St closes at noon for the Re-Elect Mayor Soto rally. Use Pine St.'),
    ).toEqual([]);
  });
});
