/**
 * Live announcements: each island has a status line (a `role="status"` element, so screen readers
 * read what it says), and its tone colours it (`data-tone`, styled by the global styles).
 */
export type Tone = 'info' | 'success' | 'error';

/**
 * Says on the status line what happened: saved, sending, or what went wrong. A message of nodes
 * (from `fillNodes`) keeps its links, for a refusal that says where to go next.
 */
export const say = (status: HTMLElement, message: string | readonly (string | Node)[], tone: Tone = 'info') => {
  status.dataset.tone = tone;
  if (typeof message === 'string') status.textContent = message;
  else status.replaceChildren(...message);
};
