import { escapeHtml } from '../platform/escape-html.ts';
import type { MailMessage } from '../platform/mailer.ts';
import type { Language } from './schema.ts';

const TEXTS = {
  fr: {
    subject: 'Votre lien de connexion à Communs',
    intro:
      'Pour vous connecter à Communs, ouvrez ce lien puis appuyez sur «\u00a0Se connecter\u00a0» (valable 15 minutes, une seule fois) :',
    ignore: "Si vous n'avez pas demandé ce lien, ignorez ce message : rien ne se passera.",
    button: 'Me connecter',
  },
  en: {
    subject: 'Your Communs sign-in link',
    intro: 'To sign in to Communs, open this link, then press “Sign in” (valid for 15 minutes, once):',
    ignore: 'If you did not ask for this link, ignore this message: nothing will happen.',
    button: 'Sign me in',
  },
} as const;

/** The magic-link e-mail, in the language of the page the person used. */
export const signInEmail = ({ to, link, language }: { to: string; link: string; language: Language }): MailMessage => {
  const t = TEXTS[language];
  return {
    to,
    subject: t.subject,
    text: `${t.intro}\n\n${link}\n\n${t.ignore}\n`,
    html: `<p>${escapeHtml(t.intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(t.button)}</a></p><p>${escapeHtml(t.ignore)}</p>`,
  };
};
