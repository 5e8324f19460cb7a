import { checkStorage } from './check-storage.ts';

/** The readiness check while it is taken, and what it says about storage (keys `check.*`). */
export const check = {
  // The browser tab's title: the heading of the view, then the app's and the site's name.
  'check.documentTitle': '{heading} · Readiness check · {site}',
  'check.documentTitleError': 'Error: {heading} · Readiness check · {site}',
  // The introduction.
  'check.intro.length': 'About {minutes} minutes: {statements} statements in {steps} steps, one topic at a time.',
  'check.intro.window': 'Every statement is about {window}. If you cannot tell, or there was no occasion, say so: those answers are counted, not scored.',
  'check.intro.resume': 'You can stop at any point and come back later: every answer is saved as you go.',
  'check.otherVersion':
    'These answers in progress were given to version {version} of the readiness check; the statements are now at version {current} and have changed, so they cannot be finished. Start again to answer the current statements.',
  'check.role.legend': 'Which describes your role? (optional)',
  'check.role.hint': 'Kept with your result, so a facilitator combining results can compare roles.',
  'check.role.senior-leader': 'Senior leader',
  'check.role.people-manager': 'People manager',
  'check.role.individual-contributor': 'Individual contributor',
  'check.role.prefer-not-to-say': 'Prefer not to say',
  'check.privacy.title': 'Your answers stay with you',
  'check.privacy.kept':
    'Your answers and results are kept only in this browser, on this device. Nothing is sent anywhere: there is no server, no account, no cookie and no analytics. Nobody else can see them, including the people who run this site.',
  'check.privacy.remove':
    'To remove them, use {erase} on the history page, or clear this site’s data in your browser settings. To share a result with a facilitator, export it as a file and send the file yourself.',
  'check.privacy.erase': 'Erase everything on this device',
  'check.privacy.tabOnly': 'Don’t keep my answers after I close this tab (for shared computers)',
  'check.start': 'Start the check',
  'check.resume': 'Continue the check',
  'check.earlier': { one: 'You have {count} earlier result on this device. {history}.', other: 'You have {count} earlier results on this device. {history}.' },
  'check.historyLink': 'See your history',
  // A step.
  'check.stepCount': 'Step {step} of {steps}',
  'check.stepHeading': 'Step {step} of {steps}: {topic}',
  'check.window': 'Think about {window}. Answer from what you have seen happen, not what should happen.',
  'check.outsideAnswers': '“{dontKnow}” or “{notApplicable}”',
  'check.errors.title': 'There is a problem',
  'check.errors.item': 'Answer statement {number}, or choose {outside}',
  'check.question.error': 'Choose an answer, or {outside}.',
  'check.question.errorLabel': 'Error:',
  'check.question.or': 'or',
  'check.back': 'Back',
  'check.continue': 'Continue',
  // Check your answers.
  'check.review.title': 'Check your answers',
  'check.review.intro': 'Look over your answers before you see your results. Open a topic to read them; you can change any of them.',
  'check.review.statements': { one: '{count} statement', other: '{count} statements' },
  'check.review.outsideCount': '{count} “{answer}”',
  'check.review.notAnswered': 'Not answered',
  'check.review.change': 'Change',
  'check.review.changeWhat': 'your answers about {topic}',
  'check.label.label': 'Label this result (optional)',
  'check.label.hint': 'For example “Before the pilot”. It is kept with the result on this device and is written into files you export.',
  'check.seeResults': 'See my results',
  // Why the result could not be made (reasons of finish() in src/assessment/result-actions.ts).
  'check.finish.not-loaded': 'The check has not loaded yet.',
  'check.finish.not-in-progress': 'There is no check in progress.',
  'check.finish.no-draft': 'There are no answers in progress to complete.',
  'check.finish.different-instrument': 'These answers belong to a different set of questions.',
  // The polite status line after each answer.
  'check.save.device': 'Saved on this device',
  'check.save.tab': 'Saved in this tab only',
  'check.save.memory': 'Not saved: kept in this tab only',
  ...checkStorage,
} as const;
