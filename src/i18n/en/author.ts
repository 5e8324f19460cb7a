/**
 * The words of the components chapters are written with (src/components/author/): a play's labels,
 * callout titles, the check's statements as the playbook lists them, the band table and the
 * worked example on the About page. The instrument's own words (statements, bands, scale points)
 * come from the instrument in the page's language, not from here.
 */
export const author = {
  'author.quoted': '“{text}”',

  'author.callout.note': 'Note',
  'author.callout.tip': 'Tip',
  'author.callout.warning': 'Warning',

  'author.play.label': 'Play',
  'author.play.purpose': 'Purpose',
  'author.play.who': 'Who',
  'author.play.time': 'Time',
  'author.play.steps': 'Steps',
  'author.play.settings': 'If you are not all in one room',
  'author.play.remote': 'Remote',
  'author.play.hybrid': 'Hybrid',
  'author.play.frontline': 'Frontline',
  /** Followed by the play's `worked` text, which the chapter writes to finish this sentence. */
  'author.play.worked': 'You will know it worked when',

  'author.statements.frequency': 'Answered how often ({lowest} … {highest})',
  'author.statements.agreement': 'Answered how far you agree ({lowest} … {highest})',
  'author.statements.reverse': 'worded the other way round, so a high answer lowers the score',
  'author.statements.mirror': 'the mirror of {statement}',
  'author.statements.observes': 'Observes: {behavior}.',
  'author.statements.movedBy': 'Moved by {play}.',

  'author.bands.caption': 'The readiness check’s bands',
  'author.bands.band': 'Band',
  'author.bands.scores': 'Scores',
  'author.bands.suggests': 'What it suggests',
  'author.bands.range': '{min} to just under {max}',
  'author.bands.rangeTop': '{min} to {max}',

  'author.worked.title': 'A worked example',
  'author.worked.intro': 'The numbers below are computed by the check itself, from its current statements, for a set of illustrative answers. They are not anyone’s results.',
  'author.worked.follows': 'The example follows {attribute}.',
  'author.worked.followsCritical': 'The example follows {attribute}, the critical attribute.',
  'author.worked.step.answers': '1. From answers to an attribute score',
  'author.worked.scale': 'Each answer on the scale becomes a number from 0 to 100: the weakest point is 0 and the strongest is 100, so on a {points}-point scale each step is worth {step}. For a statement worded the other way round the answer is flipped first, so that a higher number always means a stronger culture. Answers outside the scale are counted but not scored.',
  'author.worked.answers.caption': '{attribute}: the illustrative answers',
  'author.worked.answers.statement': 'Statement',
  'author.worked.answers.answer': 'Answer',
  'author.worked.answers.flipped': 'After flipping',
  'author.worked.answers.value': '0–100',
  'author.worked.answers.notScored': 'not scored',
  'author.worked.answers.reversed': '{points} (worded the other way round)',
  /** Numbers in a row: English separates them with commas; a language with decimal commas needs something else. */
  'author.worked.listSeparator': ', ',
  'author.worked.mean': {
    one: '{answers} answer is on the scale, at least the {minimum} an attribute needs, so {attribute} gets a score: the mean of {values}, which is {mean}.',
    other: '{answers} answers are on the scale, at least the {minimum} an attribute needs, so {attribute} gets a score: the mean of {values}, which is {mean}.',
  },
  'author.worked.step.range': '2. The range',
  'author.worked.range': 'The answers spread with a standard deviation of {deviation} points. The range is the score plus or minus the larger of that spread and half a scale step, divided by the square root of the number of answers: {mean} ± {halfWidth}.',
  /** {range} is the results page's sentence for the range (`results.range.*`). */
  'author.worked.rangeOnResults': 'On the results page this reads: “{range}”',
  'author.worked.rangeInside': 'The whole range lies inside “{band}”.',
  'author.worked.rangeBeyond': 'The range reaches beyond “{band}”, so the band is not certain.',
  'author.worked.step.overall': '3. The overall score and band',
  'author.worked.weighting': 'The other attributes are given illustrative answers too. The overall score is the mean of the scored attributes, each counted by its weight.',
  'author.worked.weightingExcept': 'The other attributes are given illustrative answers too. The overall score is the mean of the scored attributes, each counted by its weight ({weights}; the others 1).',
  'author.worked.weightOf': '{attribute} {weight}',
  'author.worked.scores.caption': 'Attribute scores in the example',
  'author.worked.scores.attribute': 'Attribute',
  'author.worked.scores.weight': 'Weight',
  'author.worked.scores.score': 'Score',
  'author.worked.scores.band': 'Band',
  'author.worked.scores.notEnough': 'not enough answers',
  'author.worked.overall': {
    one: 'The weighted mean is {score} (the weighted scores divided by {weights}), which falls in “{band}”. {count} of {total} attributes is scored; an overall band needs at least {needed}.',
    other: 'The weighted mean is {score} (the weighted scores divided by {weights}), which falls in “{band}”. {count} of {total} attributes are scored; an overall band needs at least {needed}.',
  },
  'author.worked.overallLine': 'Overall {score}: “{band}”.',
  'author.worked.overallLineCapped': 'Overall {score}: the score alone gives “{uncapped}”, and the result is “{band}”.',
  'author.worked.step.gate': '4. The gate',
  'author.worked.weakest': 'Now suppose every answer about {topic} had been the weakest one, with everything else unchanged.',
  'author.worked.unseen': 'And suppose instead that every answer about {topic} had been “{dontKnow}”.',
  'author.worked.resultsOpen': 'The results open with:',
} as const;
