import type { Translation } from '../translation.ts';
import type { siteFr } from './fr.ts';

/** The English strings: exactly the keys of `fr.ts` beside it (the type check fails otherwise). */
export const siteEn: Translation<typeof siteFr> = {
  'lang.name': 'English',

  'site.name': 'Communs',
  'site.tagline': 'The city’s commons portal',
  'site.titleSuffix': '{page} — Communs',

  'skip.toMain': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.projects': 'Projects',
  'nav.trails': 'Trails',
  'footer.software': 'Communs is free software, licensed under the AGPL-3.0.',
  'footer.contentLicence':
    'Everything published here stays its author’s, under the licence they chose, which is always shown.',
  'footer.accessibility': 'Accessibility',

  'home.meta.title': 'Communs — the city’s commons portal',
  'home.meta.description':
    'Borrow equipment, learn, and publish your recordings to the commons: the city provides the means, you run your projects.',
  'home.title': 'Your projects, with the city’s resources',
  'home.intro':
    'The city lends equipment, runs training and hosts your recordings. The projects themselves are run by residents.',
  'pillars.title': 'What the city shares',
  'pillars.borrow.title': 'Borrow equipment',
  'pillars.borrow.text': 'Recorders, microphones, cameras: book them at a lending point for the time of your project.',
  'pillars.learn.title': 'Learn',
  'pillars.learn.text': 'Short courses to record, edit and publish, online at your own pace or in a workshop.',
  'pillars.publish.title': 'Publish to the commons',
  'pillars.publish.text':
    'Publish sounds, videos and images under the licence you choose. Your name goes with them wherever they are shown.',

  'licences.CC0-1.0': 'CC0 1.0 — public domain',
  'licences.CC-BY-4.0': 'CC BY 4.0 — attribution',
  'licences.CC-BY-SA-4.0': 'CC BY-SA 4.0 — attribution, share alike',
  'licences.CC-BY-NC-4.0': 'CC BY-NC 4.0 — attribution, non-commercial',
  'licences.CC-BY-NC-SA-4.0': 'CC BY-NC-SA 4.0 — attribution, non-commercial, share alike',
  'licences.CC-BY-ND-4.0': 'CC BY-ND 4.0 — attribution, no derivatives',
  'licences.CC-BY-NC-ND-4.0': 'CC BY-NC-ND 4.0 — attribution, non-commercial, no derivatives',

  'list.retry': 'Try again',
  'list.noscript': 'Turn on JavaScript to see this list.',

  'a11y.meta.title': 'Accessibility',
  'a11y.meta.description': 'Accessibility statement of the Communs portal.',
  'a11y.title': 'Accessibility statement',
  'a11y.goal':
    'This portal aims to conform to the French accessibility standard (RGAA 4.1), which follows the WCAG 2.1 level AA criteria.',
  'a11y.status': 'No conformance audit has been carried out yet.',
  'a11y.practices.title': 'What we already do',
  'a11y.practices.tests':
    'Every page is checked automatically with axe-core, on desktop and on phone, at every change.',
  'a11y.practices.keyboard': 'The whole site works with a keyboard, and a skip link leads straight to the content.',
  'a11y.practices.layout': 'Text keeps a sufficient contrast, and pages stay readable down to 320 pixels wide.',
  'a11y.feedback.title': 'Report a problem',
  'a11y.feedback.text':
    'If some content or service is not accessible to you, tell the city department that runs this portal: it will offer you another way to access it.',
  'a11y.feedback.recourse':
    'If you do not get a satisfactory answer, you can refer the matter to the Défenseur des droits (the French rights ombudsman).',

  'notFound.title': 'Page not found',
  'notFound.text': 'This address does not exist, or no longer does. Check it, or start again from the home page.',
  'notFound.home': 'Back to the home page',

  'form.errorPrefix': 'Error:',
  'form.invalid': 'Some fields need correcting: see the message above each one.',
  'form.failed': 'That did not work. Check your connection, then try again.',
  'form.sessionEnded': 'Your session has ended. Sign in again to continue.',
  'form.noscript': 'Turn on JavaScript to use this page.',
};
