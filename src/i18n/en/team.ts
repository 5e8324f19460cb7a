/**
 * The team view (keys `team.*`): the page, its loaders, the report with its headline, charts and
 * roles, the CSV summary and what the file checks say. Attribute and band names come from the
 * instrument; numbers are put in by the page, formatted for its language.
 */
export const team = {
  // The page (islands/team/TeamView.tsx).
  'team.title': 'Team view',
  'team.lede': 'Combine the exported results of a team in this browser. Nothing is uploaded: the files are read here and forgotten when you close the page.',
  'team.threat.summary': 'Who can learn what from this report',
  'team.threat.title': 'Who can learn what',
  /** Each point starts with {who}, in bold. */
  'team.threat.facilitatorWho': 'You, the facilitator,',
  'team.threat.facilitator':
    '{who} see each file you are given: one person’s answers, date and any label or role in it. Ask people for the “for my facilitator” export, which holds only the answers, the role if given and the day, or for no file at all if they prefer. Files are read in this browser and never uploaded.',
  'team.threat.audienceWho': 'Anyone who sees the report',
  'team.threat.audience':
    '{who} (on screen, printed, as CSV or kept on this device) sees figures for the whole group only: nothing until {minimum} results are loaded, the middle half of the team only from {spread} results, every figure as a range of 25 points, no lowest or highest score, and counts under 3 shown as “fewer than 3”. A role is shown apart only when it, and everyone left over, reach {minimum} results. Comparing a report with one made after one more person joined tells at most that person’s range (and role), never their score.',
  'team.threat.fileWho': 'A file with several results',
  'team.threat.file': '{who} counts as one person (its latest result), and results with identical answers count once, so copies cannot outweigh anyone.',
  'team.threat.browserWho': 'This browser',
  /** {keep} is `team.keepShort`. */
  'team.threat.browser':
    '{who} keeps nothing from this page unless you tick “{keep}”, and then only the figures. Stored data belongs to the whole host name, so other sites on the same host name could read it; the readiness check is safest on a host name of its own.',
  'team.keepShort': 'Keep this summary',

  // The status line above the loaders; folded into one line with Change once the report shows figures.
  'team.status.reading': 'Reading the files…',
  'team.status.loaded': { one: '{count} result loaded.', other: '{count} results loaded.' },
  'team.status.loadedIn': { one: '{group}: {count} result loaded.', other: '{group}: {count} results loaded.' },
  'team.status.notUsedFolded': { one: '{count} file was not used; Change shows why.', other: '{count} files were not used; Change shows why.' },
  'team.status.notUsedListed': { one: '{count} file was not used; the reasons are listed.', other: '{count} files were not used; the reasons are listed.' },
  'team.status.cleared': 'Everything was cleared. Nothing from this page is kept.',
  'team.status.keptRemoved': 'The kept summary was removed from this device.',
  'team.change': 'Change',
  /** Read by screen readers after “Change”. */
  'team.changeWhat': 'the files and codes loaded',
  'team.compare': 'Compare two groups',
  'team.compareHint': '(for example leaders and everyone else; each group needs {minimum} results)',
  'team.setAside': {
    one: '{count} result loaded for {group} is set aside while you are not comparing two groups.',
    other: '{count} results loaded for {group} are set aside while you are not comparing two groups.',
  },
  'team.done': 'Done: show the report',
  'team.group.a': 'Group A',
  'team.group.b': 'Group B',
  'team.loadProblem': 'The code that reads results could not be loaded, so nothing was added. Check the connection and reload the page; nothing was uploaded.',

  // A summary kept on this device.
  /** {date} is the day and time it was kept. */
  'team.kept.savedOn': 'This summary was kept on this device on {date}.',
  'team.kept.figuresOnly': 'It holds the figures only, no result or answer.',
  'team.kept.remove': 'Remove it from this device',
  'team.kept.older': 'A summary from {date} is kept on this device; it is replaced once the results loaded now show figures.',
  'team.storage.unavailable': 'This browser does not allow this page to keep anything, so the summary was not kept.',
  'team.storage.refused': 'This browser refused to keep the summary (its storage may be full or turned off).',

  // The report's code loads with the first file.
  'team.drawing': 'Drawing the report…',
  'team.drawFailed': 'The report could not be drawn: its code did not load. Reload the page to try again; nothing was uploaded.',

  // Share, keep or clear.
  'team.actions.title': 'Share, keep or clear',
  'team.actions.print': 'Print the team report',
  'team.actions.csv': 'Export the summary as CSV',
  'team.actions.csvFailed': 'The CSV export could not be loaded. Reload the page to try again.',
  'team.actions.clear': 'Clear everything',
  'team.actions.keep': 'Keep this summary on this device',
  'team.actions.keepHint':
    'Only the figures are kept (medians, quartiles, counts per band, medians per role, as the report shows them), never a file, a result or an answer. Untick to remove it. Clear everything also removes it.',
  'team.actions.keepNothingYet': 'Nothing is kept until figures are shown.',

  // One group's loader (islands/team/FileLoader.tsx).
  'team.loader.title': 'Load the team’s result files',
  'team.loader.titleFor': 'Results for {group}',
  'team.loader.groupName': 'Name of this group',
  /** Read by screen readers after the loader's controls when two groups are compared. */
  'team.loader.forGroup': 'for {group}',
  'team.loader.drop': 'Drop exported result files here',
  /** After `team.loader.drop` (in bold) and, when comparing, `team.loader.forGroup`. */
  'team.loader.dropRest': ', or choose them from a folder. You can pick many at once.',
  'team.loader.choose': 'Choose result files',
  'team.loader.paste': 'Or paste the text of an exported file',
  'team.loader.addPasted': 'Add pasted results',
  /** The name a pasted text goes by in the lists of files. */
  'team.loader.pastedName': 'Pasted text {number}',
  'team.loader.notUsed': 'Not used ({count})',
  'team.loader.used': 'Files used ({count})',
  'team.loader.remove': 'Remove',

  // What became of each file.
  'team.file.added': '1 result added.',
  'team.file.addedLatest': {
    one: '1 result added: the file holds {held} results of one person, so only the latest counts and {count} earlier one was left out.',
    other: '1 result added: the file holds {held} results of one person, so only the latest counts and {count} earlier ones were left out.',
  },
  /** {size} in MB with one decimal. */
  'team.file.tooLarge': 'The file is {size} MB; results files are at most {limit} MB. Is it the right file?',
  'team.file.empty': 'The file is a results export, but it holds no results.',
  'team.file.duplicate': 'Duplicate: the same answers are already loaded from “{file}”, and one person counts once.',
  'team.file.duplicateIn': 'Duplicate: the same answers are already loaded from “{file}” in {group}, and one person counts once.',

  // The report (islands/team/TeamReportView.tsx, GroupFigures.tsx).
  'team.report.title': 'Team report',
  /** {date} is when the report was made. */
  'team.report.made': 'made {date}',
  'team.report.results': { one: '{count} result', other: '{count} results' },
  'team.report.minimum': 'no figure for fewer than {minimum} people',
  'team.gap.title': 'Perception gap',
  'team.gap.intro': 'How {b} sees each attribute next to {a}: the median of {b} minus the median of {a}, in points. Above zero, {b} rates it higher.',
  'team.gap.none': 'No gap can be shown yet.',
  'team.held.title': 'No figures yet.',
  'team.held.none': 'No results are loaded',
  'team.held.loaded': { one: '{count} result is loaded', other: '{count} results are loaded' },
  /** {loaded} is `team.held.none` or `team.held.loaded`. */
  'team.held.loadMore': { one: '{loaded}; load {count} more result to see them.', other: '{loaded}; load {count} more results to see them.' },
  'team.figuresFrom': { one: 'Figures from {count} result, each a range of 25 points on the 0–100 scale.', other: 'Figures from {count} results, each a range of 25 points on the 0–100 scale.' },
  'team.earlierVersion': {
    one: '{count} of these results was saved with an earlier version of the questions; it was combined with the rest by question, counting only questions that are still asked.',
    other: '{count} of these results were saved with an earlier version of the questions; they were combined with the rest by question, counting only questions that are still asked.',
  },
  'team.refused': 'Some results answer a different set of questions ({ids}) and cannot be combined with "{title}".',
  'team.start.title': 'Where to start',
  'team.start.intro': 'The attributes with the lowest medians, with plays to try together.',
  /** Beside each attribute's advice; {bands} is one band, or `team.bandsOr`. */
  'team.start.score': 'median {range} · {bands}',
  'team.disagree.title': 'Where people disagree',
  'team.disagree.intro': 'The attributes where the middle half of the team is furthest apart: worth talking about first.',
  /** {name} is the attribute, in bold. */
  'team.disagree.item': '{name}: the middle half runs from {low} to {high}.',
  'team.disagree.itemName': '{name}.',
  'team.scores.title': 'Scores per attribute',
  'team.scores.hint': {
    one: 'The middle half of the team is shown from {count} result. Figures are ranges of 25 points and no lowest or highest score is shown, so no one’s own score can be picked out.',
    other: 'The middle half of the team is shown from {count} results. Figures are ranges of 25 points and no lowest or highest score is shown, so no one’s own score can be picked out.',
  },
  'team.bands.title': 'Overall bands',
  'team.strengths.title': 'What the team can build on',
  'team.strengths.intro': 'The attributes with the highest medians: what a first social-learning pilot can lean on.',
  /** A chart's caption names whose figures they are: the team, or a group when comparing. */
  'team.theTeam': 'The team',
  'team.box.caption': '{who}: median and middle half per attribute, 0 to 100',
  'team.bands.caption': '{who}: results per overall band',

  // Words the figures share (page, print and CSV), so they always agree.
  'team.attribute': 'Attribute',
  'team.results': 'Results',
  'team.median': 'Median',
  'team.lowerQuartile': 'Lower quartile',
  'team.upperQuartile': 'Upper quartile',
  'team.overall': 'Overall',
  'team.overallBand': 'Overall band',
  'team.notEnoughAnswers': 'Not enough answers',
  /** A count of results in a band under 3, held back. */
  'team.fewerThan': 'fewer than {count}',
  /** A quartile or a role's median the report does not show. */
  'team.heldBack': 'held back',
  'team.suppressed.team': 'Team figures appear once at least {minimum} people have answered, so that no one’s answers can be singled out.',
  'team.suppressed.attribute': 'Figures for {name} appear once at least {minimum} people have answered, so that no one’s answers can be singled out.',
  'team.suppressed.overall': 'Overall figures appear once at least {minimum} people have answered, so that no one’s answers can be singled out.',
  'team.suppressed.gap': 'Comparisons for {name} appear once at least {minimum} people in each group have answered, so that no one’s answers can be singled out.',

  // The box plot, band chart and gap chart (islands/team/BoxPlot.tsx, BandChart.tsx, GapChart.tsx).
  'team.box.tooFew': 'too few answers to show',
  'team.box.legend':
    'The dark bar is the range of 25 points the median lies in; the light box, shown from enough results, the ranges the middle half of the team spans. The shaded zones are the bands.',
  'team.box.figures': '{caption}: figures (ranges of 25 points on the 0–100 scale)',
  'team.chart.figures': '{caption}: figures',
  'team.gap.caption': 'Perception gap per attribute: median of {b} minus median of {a}, in points',
  'team.gap.notShown': 'not shown',
  'team.gap.legend': 'Bars to the right: {b} rates the attribute higher than {a}; to the left, lower.',
  'team.gap.medianOf': 'Median, {group}',
  'team.gap.column': 'Gap ({b} − {a})',

  // The headline (domain/team/headline.ts gives codes; islands/team/team-words.ts words them).
  /** A band's name from the instrument, in quotation marks. */
  'team.quoted': '“{text}”',
  /** An attribute's name from the instrument inside a headline sentence (German quotes it). */
  'team.nameInSentence': '{name}',
  /** Two bands a 25-point range reaches into. */
  'team.bandsOr': '{first} or {second}',
  /** Lists of names: "A and B", "A, B and C" ({rest} is the others joined by `team.list.comma`). */
  'team.list.two': '{first} and {second}',
  'team.list.more': '{rest} and {last}',
  'team.list.comma': ', ',
  'team.headline.noOverall': 'Too few of these results have an overall score to place the team in a band.',
  'team.headline.noOverallDetail': 'The attributes below still show where to start.',
  'team.headline.inBand': 'Overall, the team is at {band}.',
  'team.headline.inBandDetail': 'The median of everyone’s overall score lies in {range}.',
  'team.headline.between': 'Overall, the team sits between {bands}.',
  'team.headline.betweenDetail': 'The median of everyone’s overall score lies in {range}, which crosses the edge at {edge}, so these figures cannot say on which side.',
  'team.headline.betweenDetailNoEdge': 'The median of everyone’s overall score lies in {range}, which crosses a band edge, so these figures cannot say on which side.',
  'team.headline.most': 'Most results ({count} of {of}) are in {band}.',
  'team.headline.largest': 'The largest group of results ({count} of {of}) is in {band}.',
  'team.headline.split': 'Results are split between {bands}, {count} in each.',
  'team.headline.sameRangeAll':
    'Every attribute has its median in the same range, {range}. Team figures are ranges of 25 points, so the report cannot say which is strongest or weakest: start where people disagree, or with what the team most wants to change.',
  'team.headline.sameRangeShown':
    'All {count} attributes shown have their median in the same range, {range}. Team figures are ranges of 25 points, so the report cannot say which is strongest or weakest: start where people disagree, or with what the team most wants to change.',
  'team.headline.start': {
    one: 'Start with {names}: its median lies in {range}, the lowest range in this report.',
    other: 'Start with {names}: their medians lie in {range}, the lowest range in this report.',
  },
  'team.headline.highestNamed': 'Highest: {names}, in {range}.',
  'team.headline.highestOthers': 'The other {count} lie in {range}.',
  'team.headline.highestCounted': '{count} attributes share the highest range, {range}.',
  'team.headline.oneBand': 'Every attribute’s median lies within {band}, so these differences are within one band: read them as where to look first, not as a verdict.',
  'team.headline.disagree': 'People disagree most about {names}: worth talking about before acting on the medians.',
  'team.headline.disagreeFrom': 'Where people disagree shows once {count} results are loaded.',
  'team.headline.noDivide': 'On every attribute, the middle half of the team lies within one range of 25 points: no attribute divides the team.',

  // By role (islands/team/RoleTable.tsx).
  'team.roles.title': 'By role',
  'team.roles.rule':
    'Roles are compared once at least two groups can be told apart: each role shown needs {minimum} results or more, and so do the results left over (other roles, or no role given) unless there are none, so that no small group can be singled out or worked out by subtraction.',
  'team.roles.intro': 'Each role’s median per attribute, as a range of 25 points, beside the whole team’s. Only roles with enough results to keep everyone unidentifiable are shown.',
  /** {name} is the attribute, in bold; {highest} and {lowest} are lists of `team.roles.inSentence.*`. */
  'team.roles.difference': '{name}: {highest} place it in {high}, {lowest} in {low}.',
  'team.roles.same': 'The roles shown place every attribute in the same range of 25 points.',
  'team.roles.region': 'Medians by role (scroll sideways on a small screen)',
  'team.roles.caption': 'Median per attribute by role (ranges of 25 points on the 0–100 scale)',
  'team.roles.wholeTeam': 'Whole team ({count})',
  /** A role and how many results it has. */
  'team.roles.column': '{role} ({count})',
  'team.roles.senior-leader': 'Senior leaders',
  'team.roles.people-manager': 'People managers',
  'team.roles.individual-contributor': 'Individual contributors',
  'team.roles.inSentence.senior-leader': 'senior leaders',
  'team.roles.inSentence.people-manager': 'people managers',
  'team.roles.inSentence.individual-contributor': 'individual contributors',

  // Against a norm (islands/team/NormComparison.tsx, TeamNorms.tsx).
  'team.norm.title': 'Compared with a norm',
  'team.norm.choose': 'Compare with',
  'team.norm.note': 'The team view shows a team’s median only as a range of 25 points, so a norm’s median inside that range cannot be told apart from the team’s. The shaded box is the team’s range, the line the norm’s median.',
  'team.norm.noteSpread':
    'The team view shows a team’s median only as a range of 25 points, so a norm’s median inside that range cannot be told apart from the team’s. The shaded box is the team’s range, the line the norm’s median, the outline the middle half of the norm’s group.',
  'team.norm.caption': '{who} and {norm}',
  'team.norm.teamMedian': 'Team median',
  'team.norm.normMedian': 'Norm median',
  'team.norm.normSpread': 'Middle half of the norm',
  'team.norm.reading': 'What the figures allow',
  'team.norm.notInNorm': 'not in this norm',
  /** {compare} is `team.compare`. */
  'team.roles.oneGroup': 'Roles are compared within one group only (roles inside chosen groups would split them further): untick “{compare}” to see the team by role.',
  /** {compare} is `team.compare`. */
  'team.norm.oneGroup': 'A norm is made from one group’s figures: untick “{compare}” to save the team as a norm.',

  // The summary as CSV (islands/team/team-csv.ts): labels in the page's language; figures as on the page.
  'team.csv.title': 'Culture First team summary',
  'team.csv.questions': 'Questions',
  'team.csv.version': 'version',
  'team.csv.made': 'Made',
  'team.csv.minimum': 'Smallest group shown',
  'team.csv.spread': 'Quartiles shown from',
  'team.csv.rangesOf': 'Figures are ranges of',
  'team.csv.points': 'points',
  'team.csv.group': 'Group',
  'team.csv.loaded': 'Results loaded',
  'team.csv.heldBack': 'Figures held back',
  'team.csv.note': 'Note',
  'team.csv.rolesTitle': 'By role: medians',
  'team.csv.roles': 'By role',
  'team.csv.gapTitle': 'Perception gap: median of {b} minus median of {a}',
  'team.csv.gap': 'Gap (points)',
} as const;
