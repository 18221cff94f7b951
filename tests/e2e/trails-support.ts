import type { Browser, Page } from 'playwright-core';
import { apiSend } from './accounts-support.ts';
import { type UploadForm, uploadThroughPage } from './media-support.ts';
import { type StorageState, visit } from './projects-support.ts';

/** Helpers of the trails e2e tests (the residents' side and the editor's). */

/** What the recordings of the trails tests say. */
export const TRANSCRIPT = 'Bonjour, vous êtes sur la cale. Écoutez la mer.';

/** Uploads a recording with its transcript through the upload page, in French. */
export const uploadRecording = (page: Page, title: string, licence: UploadForm['licence'] = 'CC-BY-SA-4.0') =>
  uploadThroughPage(page, 'fr', { file: 'speech.mp3', title, licence, transcript: TRANSCRIPT });

/**
 * The end of a trails test file: unpublishes its trail, so the shared stack is left as other files
 * expect it (no published trail on the home page), then closes the browser.
 */
export const unpublishAndClose = async (browser: Browser | undefined, steward: StorageState, trailId: string) => {
  if (trailId && browser) {
    const { context } = await visit(browser, { state: steward });
    await apiSend(context, 'POST', `/api/trails/${trailId}/unpublish`).catch(() => undefined);
    await context.close();
  }
  await browser?.close();
};
