/**
 * The trail page's offline section (published trails only, where the browser can keep a copy):
 * save the trail and its media after a confirmation that says the size, follow the progress, and
 * remove the copy. A copy kept earlier is refreshed when the page is read online.
 */
import { formatSize } from './format.ts';
import { isSavedOffline, offlineSupported, refreshOffline, removeOffline, saveOffline } from './offline.ts';
import type { TrailPageContext } from './trail-page-context.ts';
import type { TrailDetail } from './types.ts';

export const startOffline = async ({ q, s, locale }: TrailPageContext, trail: TrailDetail) => {
  const section = q('[data-offline]');
  if (trail.status !== 'published') {
    section.hidden = true;
    return;
  }
  if (!offlineSupported()) {
    q('[data-offline-unsupported]').hidden = false;
    return;
  }
  const panels = {
    idle: q('[data-offline-idle]'),
    confirm: q('[data-offline-confirm]'),
    progress: q('[data-offline-progress]'),
    saved: q('[data-offline-saved]'),
  };
  const status = q('[data-offline-status]');
  const bar = q<HTMLProgressElement>('[data-offline-progress-bar]');
  const saveButton = q<HTMLButtonElement>('[data-offline-save]');
  const size = formatSize(locale, trail.downloadBytes);
  const showPanel = (name: keyof typeof panels) => {
    for (const [key, panel] of Object.entries(panels)) panel.hidden = key !== name;
    section.dataset.offline = name;
  };
  q('[data-offline-size]').textContent = s('trails.offline.size', { size });
  q('[data-offline-confirm-text]').textContent = s('trails.offline.confirm.text', { size });

  saveButton.addEventListener('click', () => {
    status.textContent = '';
    showPanel('confirm');
    q('[data-offline-confirm-yes]').focus();
  });
  q('[data-offline-confirm-no]').addEventListener('click', () => {
    showPanel('idle');
    saveButton.focus();
  });
  q('[data-offline-confirm-yes]').addEventListener('click', async () => {
    showPanel('progress');
    bar.value = 0;
    bar.focus();
    status.dataset.tone = 'info';
    status.textContent = s('trails.offline.saving');
    try {
      await saveOffline(trail, (done, total) => {
        bar.max = Math.max(total, 1);
        bar.value = done;
        bar.setAttribute('aria-valuetext', s('trails.offline.progress', { done, total }));
      });
      showPanel('saved');
      status.dataset.tone = 'success';
      status.textContent = s('trails.offline.savedNow');
      q('[data-offline-remove]').focus();
    } catch (error) {
      console.warn('The trail could not be saved for offline use:', error);
      showPanel('idle');
      status.dataset.tone = 'error';
      status.textContent = s('trails.offline.failed');
      saveButton.focus();
    }
  });
  q('[data-offline-remove]').addEventListener('click', async () => {
    try {
      await removeOffline(trail.id);
      showPanel('idle');
      status.dataset.tone = 'info';
      status.textContent = s('trails.offline.removed');
      saveButton.focus();
    } catch (error) {
      console.warn('The offline copy could not be removed:', error);
      status.dataset.tone = 'error';
      status.textContent = s('form.failed');
    }
  });
  const saved = await isSavedOffline(trail.id).catch(() => false);
  showPanel(saved ? 'saved' : 'idle');
  if (saved && navigator.onLine)
    void refreshOffline(trail).catch((error) => console.warn('The offline copy could not be refreshed:', error));
};
