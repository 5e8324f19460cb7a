import { describe, expect, it } from 'vitest';
import { formatProblems, validateInstrument, type InstrumentInput } from '../../../../src/domain/index.ts';
import { smallChapters, smallInstrumentInput, type SmallInstrumentInput } from '../fixtures/small-instrument.ts';

const file = 'content/assessment/broken.yaml';

function problemsOf(edit: (input: SmallInstrumentInput) => void): string[] {
  const input = smallInstrumentInput();
  edit(input);
  const check = validateInstrument(input, { file, chapters: smallChapters });
  return formatProblems(check.problems).split('\n').filter(Boolean);
}

describe('validateInstrument: the build checks beyond the schema', () => {
  it('accepts the intact fixture', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('names an item that points to an unknown dimension', () => {
    expect(
      problemsOf((i) => {
        i.items[5]!.dimension = 'betta';
      }),
    ).toContain(`${file}: items[5].dimension: Item "beta-2" points to dimension "betta", which is not one of: alpha, beta, gamma.`);
  });

  it('names duplicate item, dimension and band ids', () => {
    const problems = problemsOf((i) => {
      i.items[1]!.id = 'alpha-1';
      i.dimensions.push({ ...i.dimensions[0]!, name: 'Alpha again' });
      i.bands[2]!.id = 'pilot';
    });
    expect(problems).toContain(`${file}: items[1].id: Item id "alpha-1" is used more than once (first at items[0]); every id must be unique.`);
    expect(problems).toContain(`${file}: dimensions[3].id: Dimension id "alpha" is used more than once (first at dimensions[0]); every id must be unique.`);
    expect(problems).toContain(`${file}: bands[2].id: Band id "pilot" is used more than once (first at bands[1]); every id must be unique.`);
  });

  it('names an attribute with fewer statements than the minimum of scored answers', () => {
    expect(
      problemsOf((i) => {
        i.items = i.items.filter((item) => !['gamma-2', 'gamma-3'].includes(item.id));
      }),
    ).toContain(
      `${file}: dimensions[2]: "Gamma" has 2 statements, but an attribute is scored only with 3 scored answers (scoring.minimumScoredAnswers); it could never get a score. Add statements or lower the minimum.`,
    );
  });

  it('names a coverage rule that no result could meet', () => {
    expect(
      problemsOf((i) => {
        i.scoring = { minimumScoredAnswers: 3, minimumScoredAttributes: 4, fastAnswerSeconds: 2 };
      }),
    ).toEqual([`${file}: scoring.minimumScoredAttributes: An overall band needs 4 scored attributes, but the instrument has only 3; no result could ever get one.`]);
  });

  it('names a statement whose scale the instrument does not define', () => {
    expect(
      problemsOf((i) => {
        delete i.scales.frequency;
      }),
    ).toContain(`${file}: items[0].format: Statement "alpha-1" is answered on the frequency scale, but the instrument defines no "scales.frequency"; add it or change the format.`);
  });

  it('names a statement whose play is not in its attribute’s chapter', () => {
    expect(
      problemsOf((i) => {
        i.items[5]!.play = 'alpha-play';
      }),
    ).toEqual([`${file}: items[5].play: Statement "beta-2" names the play "alpha-play", but the chapter "beta" has no play with that id.`]);
  });

  it('names mirror pairs that are missing, one-sided, across attributes, worded the same way or on different scales', () => {
    expect(problemsOf((i) => void (i.items[0]!.mirror = 'alpha-9'))).toContain(
      `${file}: items[0].mirror: Statement "alpha-1" names "alpha-9" as its mirror, but there is no statement with that id.`,
    );
    expect(problemsOf((i) => void (i.items[1]!.mirror = 'alpha-4'))).toContain(
      `${file}: items[1].mirror: Statement "alpha-2" names "alpha-4" as its mirror, but "alpha-4" does not name "alpha-2" back; declare the pair on both statements.`,
    );
    expect(
      problemsOf((i) => {
        i.items[0]!.mirror = 'beta-4';
        i.items[7]!.mirror = 'alpha-1';
      }),
    ).toContain(`${file}: items[0].mirror: Mirror statements "alpha-1" and "beta-4" measure different attributes; a mirror pair must measure the same one.`);
    expect(problemsOf((i) => void (i.items[3]!.reverse = false))).toContain(
      `${file}: items[0].mirror: Mirror statements "alpha-1" and "alpha-4" are both directly worded; in a mirror pair one says the opposite of the other, so exactly one is reverse-worded.`,
    );
    expect(problemsOf((i) => void (i.items[3]!.format = 'agreement'))).toContain(
      `${file}: items[0].mirror: Mirror statements "alpha-1" and "alpha-4" use different scales; a mirror pair is answered on the same one.`,
    );
  });

  it('says where bands leave a gap', () => {
    expect(
      problemsOf((i) => {
        i.bands[1]!.min = 55;
      }),
    ).toEqual([
      `${file}: bands[1].min: Bands leave a gap: no band covers scores from 50 up to 55 (between "Build the foundation first" and "Ready to pilot"). Start "Ready to pilot" at 50.`,
    ]);
  });

  it('says where bands overlap', () => {
    expect(
      problemsOf((i) => {
        i.bands[2]!.min = 70;
      }),
    ).toEqual([
      `${file}: bands[2].min: Bands overlap: scores from 70 up to 75 fall in both "Ready to pilot" and "Ready to scale". Each band should start where the one below it ends.`,
    ]);
  });

  it('says when bands do not reach 0 or 100', () => {
    const problems = problemsOf((i) => {
      i.bands[0]!.min = 10;
      i.bands[2]!.max = 90;
    });
    expect(problems).toEqual([
      `${file}: bands[0].min: No band covers scores from 0 up to 10; the lowest band, "Build the foundation first", must start at 0.`,
      `${file}: bands[2].max: No band covers scores from 90 up to 100; the highest band, "Ready to scale", must end at 100.`,
    ]);
  });

  it('names advice that links to a chapter or anchor that does not exist', () => {
    const problems = problemsOf((i) => {
      i.advice[0]!.link = { chapter: 'alpah', anchor: 'alpha-play' };
      i.advice[1]!.link = { chapter: 'alpha', anchor: 'no-such-play' };
    });
    expect(problems).toContain(
      `${file}: advice[0].link.chapter: Advice for "alpha" in band "foundation" links to the chapter "alpah", which is not in the playbook. Known chapters: alpha, beta, gamma.`,
    );
    expect(problems).toContain(
      `${file}: advice[1].link.anchor: Advice for "alpha" in band "pilot" links to "#no-such-play" in the chapter "alpha", but that chapter has no play or heading with that id.`,
    );
  });

  it('names advice for an unknown dimension or band', () => {
    const problems = problemsOf((i) => {
      i.advice.push({ dimension: 'delta', band: 'excellent', text: 'x', link: { chapter: 'alpha', anchor: 'plays' } });
    });
    expect(problems).toContain(`${file}: advice[9].dimension: Advice 10 is for dimension "delta", which is not one of: alpha, beta, gamma.`);
    expect(problems).toContain(`${file}: advice[9].band: Advice 10 is for band "excellent", which is not one of: foundation, pilot, scale.`);
  });

  it('names missing advice for an attribute in a band', () => {
    expect(
      problemsOf((i) => {
        i.advice = i.advice.filter((a) => !(a.dimension === 'beta' && a.band === 'scale'));
      }),
    ).toEqual([`${file}: advice: There is no advice for "Beta" in band "Ready to scale"; people whose score lands there would see none.`]);
  });

  it('names weights that are not positive', () => {
    const problems = problemsOf((i) => {
      i.dimensions[1]!.weight = 0;
      i.dimensions[2]!.weight = -1;
    });
    expect(problems).toEqual([
      `${file}: dimensions[1].weight: The weight of "Beta" is 0; weights must be positive numbers, such as 1 or 1.5.`,
      `${file}: dimensions[2].weight: The weight of "Gamma" is -1; weights must be positive numbers, such as 1 or 1.5.`,
    ]);
  });

  it('names a dimension chapter or play that the playbook lacks', () => {
    const problems = problemsOf((i) => {
      i.dimensions[0]!.plays = ['alpha-play', 'missing-play'];
      i.dimensions[1]!.chapter = 'nowhere';
    });
    expect(problems).toContain(`${file}: dimensions[0].plays[1]: "Alpha" lists the play "missing-play", but the chapter "alpha" has no play or heading with that id.`);
    expect(problems).toContain(`${file}: dimensions[1].chapter: "Beta" links to the chapter "nowhere", which is not in the playbook. Known chapters: alpha, beta, gamma.`);
  });

  it('names a scale that is not numbered 1, 2, 3 …', () => {
    expect(
      problemsOf((i) => {
        i.scales.agreement!.points[2]!.value = 4;
      }),
    ).toContain(
      `${file}: scales.agreement.points[2].value: The agreement scale's points must be numbered 1, 2, 3 … from the weakest to the strongest; "Neither" is point 3 but has the value 4.`,
    );
  });

  it('turns schema errors into sentences with a path', () => {
    const problems = problemsOf((i) => {
      delete (i.items[0] as Partial<InstrumentInput['items'][number]>).text;
      (i as { version: unknown }).version = 'one';
      i.items[2]!.id = 'Alpha 3';
    });
    expect(problems).toContain(`${file}: items[0].text: "text" is missing; please add it.`);
    expect(problems).toContain(`${file}: version: "version" should be a number, but it is text.`);
    expect(problems).toContain(`${file}: items[2].id: "id" is not in the expected form. Use lower-case letters, digits and single hyphens, like "trust-3".`);
  });

  it('names a statement without a subject or play, and an unknown format', () => {
    expect(problemsOf((i) => void delete (i.items[0] as Partial<InstrumentInput['items'][number]>).subject)).toEqual([
      `${file}: items[0].subject: "subject" is missing; please add it.`,
    ]);
    expect(problemsOf((i) => void delete (i.items[0] as Partial<InstrumentInput['items'][number]>).play)).toEqual([
      `${file}: items[0].play: "play" is missing; please add it.`,
    ]);
    expect(problemsOf((i) => void ((i.items[1] as { format: string }).format = 'often'))).toEqual([
      `${file}: items[1].format: "format" is "often"; use one of: frequency, agreement.`,
    ]);
  });
});
