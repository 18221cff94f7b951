/**
 * Browser island of the badge verification page (`views/training-staff/VerifyBadge.astro`):
 * sends the pasted credential to `POST /api/training/credentials/verify` and shows the verdict,
 * each reason in the reader's language, and what a credential signed by the city says.
 */
import { say } from '../ui/announce.ts';
import { element, part, timeElement } from '../ui/dom.ts';
import { clearErrors, minutesToWait, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { stringsOf, type Translate } from '../ui/strings.ts';
import { paths, send } from './calls.ts';
import type { Verification } from './types.ts';

const KNOWN_REASONS = new Set([
  'malformed',
  'unsupported-algorithm',
  'foreign-issuer',
  'unknown-key',
  'bad-signature',
  'not-yet-valid',
  'expired',
  'revoked',
  'unknown-certification',
]);

const reasonText = (s: Translate, code: string) =>
  KNOWN_REASONS.has(code)
    ? s(`trainingStaff.verify.reason.${code}` as Parameters<Translate>[0])
    : s('trainingStaff.verify.reason.other', { code });

const facts = (s: Translate, result: Verification): Node[] => {
  const rows: [string, string | Node][] = [];
  if (result.achievement) {
    rows.push([s('trainingStaff.verify.achievement'), result.achievement.name]);
    if (result.achievement.version) rows.push([s('trainingStaff.verify.version'), result.achievement.version]);
    rows.push([s('trainingStaff.verify.holder'), result.holderName ?? s('trainingStaff.verify.holderHidden')]);
  }
  if (result.validFrom) rows.push([s('trainingStaff.verify.issued'), timeElement(result.validFrom)]);
  if (result.validUntil) rows.push([s('trainingStaff.verify.validUntil'), timeElement(result.validUntil)]);
  return rows.flatMap(([term, value]) => [element('dt', undefined, term), element('dd', undefined, value)]);
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const form = part<HTMLFormElement>(root, '[data-verify-form]');
  const credential = part<HTMLTextAreaElement>(root, '#verify-credential');
  const status = part(root, '[data-verify-status]');
  const result = part(root, '[data-verify-result]');
  const verdict = part(root, '[data-verify-verdict]');

  const show = (answer: Verification) => {
    verdict.textContent = s(answer.valid ? 'trainingStaff.verify.valid' : 'trainingStaff.verify.invalid');
    result.classList.toggle('notice--error', !answer.valid);
    part(root, '[data-verify-reasons]').replaceChildren(
      ...(answer.reasons.length > 0
        ? [
            element('h3', undefined, s('trainingStaff.verify.reasons')),
            element('ul', undefined, ...answer.reasons.map((code) => element('li', undefined, reasonText(s, code)))),
          ]
        : []),
    );
    part(root, '[data-verify-facts]').replaceChildren(...facts(s, answer));
    result.hidden = false;
    verdict.focus();
  };

  const submit = guarded(
    async () => {
      clearErrors(form);
      result.hidden = true;
      const text = credential.value.replace(/\s+/g, '');
      if (!text) {
        reportErrors([credential]);
        return;
      }
      say(status, s('trainingStaff.verify.checking'));
      const response = await send('POST', paths.verify, { credential: text });
      if (response.ok) {
        say(status, '');
        show((await response.json()) as Verification);
        return;
      }
      const problem = await readProblem(response);
      if (problem.status === 429) {
        say(status, s('trainingStaff.verify.tooMany', { minutes: minutesToWait(response, problem) }), 'error');
      } else if (problem.status === 400) {
        say(status, '');
        show({ valid: false, reasons: ['malformed'] });
      } else say(status, s('form.failed'), 'error');
    },
    () => say(status, s('form.failed'), 'error'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
};

const root = document.querySelector<HTMLElement>('[data-verify-badge]');
if (root) start(root);
