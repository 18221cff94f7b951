import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type Locale, routes } from '../../web/src/i18n/index.ts';
import type { LicenceId } from '../../web/src/lib/media/types.ts';
import { poll } from './accounts-support.ts';

/** Helpers of the media e2e tests: the fixtures, the pages' settled states, an upload through the page. */

export const MEDIA_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'media');

export type MediaPageRoot =
  | '[data-upload]'
  | '[data-my-media]'
  | '[data-media-view]'
  | '[data-contributor]'
  | '[data-moderation]';

/** Waits until a media page has left its loading state; returns that state. */
export const settledMediaState = async (page: Page, root: MediaPageRoot) => {
  const settled = page.locator(`${root}:not([data-state="loading"])`);
  await settled.waitFor({ state: 'attached' });
  return settled.getAttribute('data-state');
};

/** The id in a media or contributor page address (`?id=`). */
export const idOf = (url: string) => new URL(url).searchParams.get('id') ?? '';

export interface UploadForm {
  file: string;
  title: string;
  licence: LicenceId;
  transcript?: string;
  /** An image's text alternative. */
  alt?: string;
}

/** Fills the upload page (already open and ready) and sends it. */
export const fillAndSend = async (page: Page, form: UploadForm) => {
  await page.locator('#upload-file').setInputFiles(join(MEDIA_FIXTURES, form.file));
  await page.locator('#upload-title').fill(form.title);
  if (form.transcript) await page.locator('#upload-transcript').fill(form.transcript);
  if (form.alt) await page.locator('#upload-alt').fill(form.alt);
  await page.locator(`[id="upload-licence-${form.licence}"]`).check();
  await page.locator('[data-upload-form] button[type="submit"]').click();
};

/** Opens the upload page in `locale`, uploads `form`, and waits until processing settled. */
export const uploadThroughPage = async (page: Page, locale: Locale, form: UploadForm) => {
  await page.goto(routes.upload[locale]);
  if ((await settledMediaState(page, '[data-upload]')) !== 'ready') throw new Error('The upload page is not ready');
  await fillAndSend(page, form);
  await page.locator('[data-upload][data-state="sending"]').waitFor();
  await page.locator('[data-next-steps]:not([hidden])').waitFor({ timeout: 30_000 });
  return (await page.locator('[data-processing-text]').textContent()) ?? '';
};

/** No horizontal scrolling at 320 px wide (WCAG 1.4.10 reflow). */
export const expectReflow = async (page: Page) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
    0,
  );
};

/** The id of the signed-in person's medium titled `title`, once the pipeline made it ready. */
export const readyMediaId = async (context: BrowserContext, title: string) => {
  for (let attempt = 0; attempt < 120; attempt++) {
    const { items } = (await (await context.request.get('/api/me/media?limit=50')).json()) as {
      items: { id: string; title: string; status: string }[];
    };
    const found = items.find((item) => item.title === title);
    if (found?.status === 'ready') return found.id;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The medium "${title}" did not become ready`);
};
