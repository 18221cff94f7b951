/** The islands' small action buttons, whose short label says, for screen readers, what they act on. */
import { element, hiddenText } from './dom.ts';

/** A `type="button"` button: "Remove", read "Remove Ana" (`of` is visually hidden). */
export const namedButton = (label: string, of: string, className = 'button button--secondary button--small') => {
  const node = element('button', className, label, hiddenText(` ${of}`));
  node.type = 'button';
  return node;
};

/** Accepting or declining someone's proposal or request: the two buttons, `decide(accept)` on a click. */
export const decisionButtons = (
  labels: { accept: string; decline: string },
  of: string,
  decide: (accept: boolean) => void,
) =>
  [true, false].map((accept) => {
    const button = namedButton(
      accept ? labels.accept : labels.decline,
      of,
      accept ? 'button button--small' : 'button button--secondary button--small',
    );
    button.addEventListener('click', () => decide(accept));
    return button;
  });
