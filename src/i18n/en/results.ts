/**
 * Why an export file was not read (ImportRefusal in src/domain/exchange/import.ts), on the
 * history page's import and in the team view. A const of its own so that the team view, until it
 * takes its words from the catalog, can say them in English without the rest of this file.
 */
export const commonImport = {
  'common.import.too-large': 'The file is {size} MB; results files are at most {limit} MB. Is it the right file?',
  'common.import.not-json': 'The file is not valid JSON. It may be damaged or cut short.',
  'common.import.not-jsonAt': 'The file is not valid JSON (it breaks at character {position}). It may be damaged or cut short.',
  'common.import.wrong-format': 'This file is not a Culture First results export.',
  'common.import.unsupported-format-version': 'This export uses format version {found}; this site reads version {supported}. It may come from a newer version of the site.',
  'common.import.unsupported-format-versionOfFile': 'This file uses format version {found}; this site reads version {supported}. It may come from a newer version of the site.',
  /** Stands for the format version of a file that gives none. */
  'common.import.noVersion': 'none',
  'common.import.unknown-instrument': 'This file holds results for "{found}", not for "{title}".',
  'common.import.unknown-instrumentOfResult': 'Result {result} in the file answers "{found}", not "{title}".',
  'common.import.newer-instrument-version': "Result {result} was made with version {found} of the questions, newer than this site's version {current}.",
  'common.import.unknown-items': {
    one: 'The file answers question this site does not have: {ids}.',
    other: 'The file answers questions this site does not have: {ids}.',
  },
  'common.import.value-out-of-range':
    'Result {result} answers "{item}" with {value}; answers must be a whole number from 1 to {points}, "dont-know" for "{dontKnow}" or "not-applicable" for "{notApplicable}".',
  'common.import.missing-field': 'The file is missing "{path}", so it cannot be imported.',
  /** {detail} is what the file checker said, in English. */
  'common.import.wrong-type': 'In the file, "{path}" is not what a results export holds ({detail}).',
  'common.import.no-completion-day': 'The file has no completion day ("completedOn", as 2026-01-31), so it cannot be used.',
} as const;

/**
 * The links under each attribute's advice, for one result and for a team's medians. A const of
 * its own so that the team view can say them in English until it takes its words from the catalog.
 */
export const commonAdvice = {
  'common.advice.read': 'Read “{chapter}”',
  'common.advice.tryPlay': 'Try the play “{play}”',
  'common.advice.morePlays': 'More plays:',
} as const;

/** A result, the history of results, their charts and advice, shared words such as roles (keys `results.*`, `common.*`). */
export const results = {
  // Words several pages show: a result, a shared result, the team view.
  'common.role.senior-leader': 'Senior leader',
  'common.role.people-manager': 'People manager',
  'common.role.individual-contributor': 'Individual contributor',
  /** What an attribute's figure rests on: "4 of 6 on the scale", then the counts below, joined by ", ". */
  'common.basis': '{scored} of {statements} on the scale',
  /** {answer} is the instrument's label, e.g. 2 “Don’t know”. */
  'common.outsideCount': '{count} “{answer}”',
  'common.notAnswered': '{count} not answered',
  'common.attribute': 'Attribute',
  'common.score': 'Score',
  'common.band': 'Band',
  'common.change': 'Change',
  'common.overall': 'Overall',
  'common.notScored': 'Not scored',
  /** Shown instead of a page's island when the instrument file (src/islands/app/with-instrument.tsx) cannot be fetched. */
  'common.instrumentNotLoaded': 'The readiness check’s statements could not be loaded. Check the connection and reload the page; answers saved in this browser are safe.',
  'common.chart.figures': '{caption}: figures',
  'common.chart.show': 'Show the figures',
  'common.chart.described': '{caption}. The figures are in the table under “{show}”.',
  // The critical gate's notes (GateCheck in src/domain/scoring/types.ts), quoted by the About page's worked example.
  'common.gate.capped': '{attribute} is clearly in “{lowest}”: its whole range lies there. Because it is critical, the overall result cannot be “{top}” until that changes.',
  'common.gate.unseen':
    'You could not see enough of what happens with {topic} to score {attribute}: most of those answers were “{dontKnow}”. That is itself a finding: if people cannot see it, it is not yet visible enough to carry a learning culture. The overall result cannot be “{top}” while it is unknown.',
  'common.gate.unscored': '{attribute} could not be scored, so the overall result could not check it and cannot be “{top}” while it is unknown.',
  ...commonAdvice,
  ...commonImport,

  // One result.
  'results.documentTitle': 'Your result, {date}',
  'results.title': 'Your readiness result',
  'results.none': 'There is no completed check in this browser yet.',
  'results.noneWithLink': 'There is no completed check in this browser yet with that link.',
  'results.take': 'Take the readiness check',
  'results.differentInstrument': 'This result answers “{found}”, not “{title}”, so it cannot be shown here.',
  /** The line at the top of the printed result. */
  'results.printHead': '{site} · {address} · Readiness check, printed {date}',
  'results.meta.completed': 'Completed {date}',
  'results.meta.version': '{title}, version {version}',
  'results.meta.label': '“{label}”',
  'results.notHere': 'That result is not on this device any more; this is your latest one.',
  'results.earlier.title': 'An earlier version of the check',
  'results.earlier.text':
    'This result answered version {version} of the questions; the check now asks version {current}. It is shown as it was scored then, and it is not compared with results of the new version, because the statements changed.',
  'results.otherVersion.earlier':
    'This result was saved under an earlier version of the readiness check (version {version}; the check is now at version {current}). It shows the scores it was saved with. Its statements and scoring differ from today’s, so it is not compared with results of the current version.',
  'results.otherVersion.later':
    'This result was saved under a later version of the readiness check (version {version}; the check is now at version {current}). It shows the scores it was saved with. Its statements and scoring differ from today’s, so it is not compared with results of the current version.',
  'results.finding': 'First, a finding',
  'results.overall.score': 'overall {score} of 100',
  /** {from} is `results.changeFrom`. */
  'results.overall.change': '{change} since {from}',
  'results.changeFrom': 'your result of {date}',
  'results.overall.none': 'No overall band this time',
  'results.overall.notEnough': {
    one: 'An overall band needs at least {needed} of {total} attributes scored; {count} is. Not scored: {missing}. The attribute scores below still stand on their own.',
    other: 'An overall band needs at least {needed} of {total} attributes scored; {count} are. Not scored: {missing}. The attribute scores below still stand on their own.',
  },
  'results.overall.notEnoughV1': 'This earlier result had too few answers for an overall score.',
  'results.cap.title': 'Why this band',
  /** {attributes}: the critical attributes that lowered the band, joined as the language joins a list. */
  'results.cap.capped': {
    one: 'The overall score alone would give “{uncapped}”; it is “{band}” because {attributes} is critical and clearly in the lowest band.',
    other: 'The overall score alone would give “{uncapped}”; it is “{band}” because {attributes} are critical and clearly in the lowest band.',
  },
  'results.cap.unknown': {
    one: 'The overall score alone would give “{uncapped}”; it is “{band}” because {attributes} is critical and not known or clearly in the lowest band.',
    other: 'The overall score alone would give “{uncapped}”; it is “{band}” because {attributes} are critical and not known or clearly in the lowest band.',
  },
  'results.outside.statements': { one: '{count} statement', other: '{count} statements' },
  /** {dontKnowCount} and {notApplicableCount} are `results.outside.statements`. */
  'results.outside':
    'You answered “{dontKnow}” to {dontKnowCount} and “{notApplicable}” to {notApplicableCount}. They are not scored; an attribute needs at least {minimum} answers on the scale for a score.',
  'results.scores.title': 'Scores per attribute',
  'results.scores.caption': 'Readiness score per attribute, 0 to 100',
  // An attribute's precision in plain words (ScoreRange in src/domain/scoring/types.ts), quoted by the About page's worked example.
  'results.range.close': {
    one: 'Likely between {low} and {high}: {count} answer that agrees closely.',
    other: 'Likely between {low} and {high}: {count} answers that agree closely.',
  },
  'results.range.mixed': {
    one: 'Likely between {low} and {high}: {count} answer that varies.',
    other: 'Likely between {low} and {high}: {count} answers that vary.',
  },
  'results.range.wide': {
    one: 'Likely between {low} and {high}: {count} answer that varies widely.',
    other: 'Likely between {low} and {high}: {count} answers that vary widely.',
  },
  'results.range.none': {
    one: 'From {count} answer; results saved under version 1 have no range.',
    other: 'From {count} answers; results saved under version 1 have no range.',
  },
  /** {basis} is `common.basis` with its counts. */
  'results.notScored': 'not scored: {basis}; a score needs {needed} answers on the scale.',
  'results.meanings': 'What each attribute means',
  'results.chart.notScored': 'Not scored: too few answers',
  'results.chart.rangeNote': 'The thin line across each bar’s end shows where the score probably lies.',
  'results.chart.changeNote': 'Figures after a score are the change since {from}.',
  'results.chart.between': 'Probably between',
  'results.chart.betweenValue': '{low} and {high}',
  'results.chart.answers': 'Answers',
  'results.keep.title': 'Keep or share this result',
  'results.keep.text':
    'Files are made in your browser and saved to your device. To share with a facilitator, send them the JSON file yourself: nothing is uploaded. The files include your answers, your role if you gave one, and the label.',
  'results.keep.print': 'Print or save as PDF',
  'results.keep.json': 'Export as JSON',
  'results.keep.csv': 'Export as CSV',
  'results.keep.failed': 'The file could not be made: part of this page did not load. Reload the page and try again.',
  'results.keep.history': 'See all your results and how they changed',
  'results.keep.again': 'Take the check again',
  'results.facilitator.export': 'Export for my facilitator',
  'results.facilitator.hint':
    'Holds only what a team view needs: your answers, your role if you gave one, and the day, without the time, your label or your other results.',
  'results.priorities.title': 'Your priorities',
  'results.priorities.text': 'Start with the weakest attribute. Each one links to its chapter and to plays you can run.',
  'results.strengths.title': 'Your strengths',
  'results.strengths.text': 'Build on these: they are what a first social-learning pilot can lean on.',
  // Hints about the answers (AnswerQualityHint in src/domain/answer-quality/hints.ts).
  'results.hints.title': 'About your answers',
  'results.hints.same-answer-both-ways':
    'You answered “{label}” to every statement on the “{question}” scale, including {count} that are worded the other way round. If that is what you see, nothing needs to change; if some went by quickly, a second look may sharpen your result.',
  'results.hints.mirror-pair-disagrees': {
    one: 'Two statements say the opposite of each other, yet the answers point the same way. If both are true where you work, nothing needs to change; otherwise it may be worth reading them once more.',
    other: '{count} pairs of statements say the opposite of each other, yet the answers point the same way. If both are true where you work, nothing needs to change; otherwise it may be worth reading them once more.',
  },
  'results.hints.answered-very-fast': {
    one: 'The step on {topic} went by in under {seconds} seconds a statement. Quick answers can be right; if some were guesses, going over them again may make the result more useful.',
    other: '{count} steps went by in under {seconds} seconds a statement. Quick answers can be right; if some were guesses, going over them again may make the result more useful.',
  },

  // The history of results.
  'results.history.title': 'Your results on this device',
  'results.history.lede': 'Every check you complete is kept here, in this browser only, until you delete it.',
  /** {link} is `results.take`. */
  'results.history.none': 'No completed checks yet. {link}.',
  /** A result's name: when it was completed, and its label. */
  'results.history.labeled': '{when} ({label})',
  'results.history.version': 'version {version}',
  'results.history.compare.title': 'What changed',
  'results.history.compare.from': 'From',
  'results.history.compare.to': 'To',
  'results.history.compare.different-instrument': 'These results answer different sets of statements, so they are not compared.',
  'results.history.compare.different-version':
    'One result answered version {older} of the readiness check and the other version {newer}. The statements and the way they are scored changed between versions, so no change is shown between them.',
  'results.history.compare.pick': 'Pick two results of the same version to see what changed.',
  'results.history.compare.caption': 'Change per attribute from {from} to {to}',
  'results.history.trend.title': 'Over time',
  'results.history.trend.show': 'Show',
  'results.history.trend.overall': 'Overall score',
  'results.history.trend.caption': '{series} per result, 0 to 100',
  'results.history.trend.apart': {
    one: '{count} earlier result was saved under an earlier version of the readiness check. It is kept and can be opened, but not joined to this trend: the statements and scoring changed, so a line between them would show a change that did not happen.',
    other: '{count} earlier results were saved under an earlier version of the readiness check. They are kept and can be opened, but not joined to this trend: the statements and scoring changed, so a line between them would show a change that did not happen.',
  },
  'results.history.trend.hollow': 'Hollow squares: {reason}',
  'results.history.trend.result': 'Result',
  'results.history.trend.questions': 'Questions',
  'results.history.trend.version': 'Version {version}',
  'results.history.list.title': 'All results',
  'results.history.list.caption': 'Completed checks, oldest first',
  'results.history.list.completed': 'Completed',
  'results.history.list.actions': 'Actions',
  'results.history.list.earlier': 'Earlier version of the check (version {version})',
  'results.history.list.overall': '{band} ({score})',
  'results.history.list.noOverall': 'No overall band',
  'results.history.list.view': 'View',
  'results.history.list.delete': 'Delete',
  /** Said after "View" and "Delete" to screen readers only. */
  'results.history.list.which': 'the result of {title}',
  'results.history.list.confirmDelete': 'Delete the result of {title}?',
  'results.history.list.deleted': 'Deleted the result of {title}.',
  'results.history.exportJson': 'Export all as JSON',
  'results.history.exportCsv': 'Export all as CSV',
  'results.import.title': 'Import a result',
  'results.import.text': 'Bring back a JSON file exported from this site, for example from another browser. A result already here is not added twice.',
  'results.import.label': 'Choose an exported JSON file',
  'results.import.tooLarge': '“{file}” is {size} MB; an exported result file is at most {limit} MB. Nothing was imported.',
  /** {reason} is one of `common.import.*`. */
  'results.import.refused': '“{file}” was not imported: {reason}',
  'results.import.notLoaded': 'The page has not finished loading; try again.',
  'results.import.notSaved': {
    one: 'The result could not be saved in this browser (its storage may be full or turned off), so it is shown in this tab only. Keep the file; you can download it again from the notice above.',
    other: 'The {count} results could not be saved in this browser (its storage may be full or turned off), so they are shown in this tab only. Keep the file; you can download it again from the notice above.',
  },
  'results.import.imported': { one: 'Imported {count} result.', other: 'Imported {count} results.' },
  'results.import.skipped': { one: '{count} already in your history was skipped.', other: '{count} already in your history were skipped.' },
  'results.import.earlier': {
    one: '{count} result was made with an earlier version of the questions; it is kept with the scores of their time and not compared with results of the current version.',
    other: '{count} results were made with an earlier version of the questions; they are kept with the scores of their time and not compared with results of the current version.',
  },
  'results.erase.title': 'Erase everything on this device',
  'results.erase.text': 'Removes every answer, result and preference this site has stored in this browser. Export first if you want to keep a copy.',
  'results.erase.confirm': 'Erase every answer, result and setting this site has stored in this browser? This cannot be undone.',
  'results.erase.done': { one: 'Erased {count} item this site had stored in this browser.', other: 'Erased {count} items this site had stored in this browser.' },

  // The reader's latest score on an attribute chapter (src/islands/chapter/LatestScore.tsx).
  /** {minutes}: the instrument's estimated minutes, in words; {link} is `results.latest.take`. */
  'results.latest.invite': 'Where does your organization stand on {attribute}? {link}: about {minutes} minutes, and your answers never leave this browser.',
  'results.latest.take': 'Take the private readiness check',
  /** {score} is `results.latest.score`, in bold. */
  'results.latest.scored': 'In your latest readiness check ({date}), {attribute} scored {score}: {band}.',
  'results.latest.scoredEarlier': 'In your latest readiness check ({date}, an earlier version of the check), {attribute} scored {score}: {band}.',
  'results.latest.score': '{score} of 100',
  'results.latest.see': 'See that result',
} as const;
