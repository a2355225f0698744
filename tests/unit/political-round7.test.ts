import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * III.B.1.c, round seven: campaign hashtags the blind fourteenth corpus wrote, each in other words
 * here, beside hashtags that name no race.
 */
const rules = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('political: a campaign’s hashtag', () => {
  it('flags a candidate’s hashtag with a capital “For”, a measure’s label, a party colour', () => {
    expect(
      rules(
        'Sheriff Ada Brandt is on the ballot again. Keep her working for you! #BrandtForSafety',
      ),
    ).toContain('#BrandtForSafety');
    expect(rules('Vote yes on Measure Q, the fire-station bond. #MeasureQ')).toContain('#MeasureQ');
    expect(rules('Keep the council in good hands this fall. #KeepCouncilRed')).toContain(
      '#KeepCouncilRed',
    );
  });

  it('flags a hashtag standing with, teaming with or keeping a person in the race', () => {
    expect(
      rules('Rosalind Avery is running for council this November. #StandWithRosalind'),
    ).toEqual(['#StandWithRosalind']);
    expect(rules('Council candidate Minh Tran spoke at our forum. #TeamTran')).toEqual([
      '#TeamTran',
    ]);
  });

  it('leaves the same hashtags where nobody is in a race', () => {
    expect(rules('Maria Lopez won the essay contest. #TeamMaria')).toEqual([]);
    expect(rules('Thanks to Officer Dana Keep for the bike rodeo! #TeamExamplePD')).toEqual([]);
  });

  it('leaves hashtags that name no race', () => {
    expect(rules('Thanks for coming to the bike rodeo! #BikesForKids #MeasureTwice')).toEqual([]);
    expect(rules('Proud to serve. #BackTheBlue #KeepItSafe')).toEqual([]);
  });
});
