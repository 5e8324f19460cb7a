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

  it('names an attribute with fewer than three items', () => {
    expect(
      problemsOf((i) => {
        i.items = i.items.filter((item) => !['gamma-1', 'gamma-2'].includes(item.id));
      }),
    ).toContain(`${file}: dimensions[2]: "Gamma" has 2 statements; each attribute needs at least 3 so that its score does not rest on one or two answers.`);
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
        i.scale.points[2]!.value = 4;
      }),
    ).toContain(`${file}: scale.points[2].value: The scale's points must be numbered 1, 2, 3 … from disagreement to agreement; "Neither" is point 3 but has the value 4.`);
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
});
