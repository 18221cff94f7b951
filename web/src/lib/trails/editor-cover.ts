/**
 * The trail's cover in the editor (stewards): one of the steward's own published images, or none,
 * with a preview of the one chosen (with its own text alternative) and what the trail has now.
 * Saving sends the cover alone (`PATCH {coverMediaId}`, null for no cover).
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { reportErrors, setInvalid } from '../ui/form.ts';
import { onSubmit } from '../ui/guard.ts';
import type { EditorContext, OwnMedia, TrailDetail } from './editor-types.ts';

/** The choice that keeps a cover the steward could not choose again (not among their images). */
const KEEP = 'current';

export const coverPicker = (context: EditorContext) => {
  const { root, s, trailId } = context;
  const form = part<HTMLFormElement>(root, '[data-cover-form]');
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(form, selector);
  const select = q<HTMLSelectElement>('#cover-media');
  const status = q('[data-cover-status]');
  const current = q('[data-cover-current]');
  const preview = q('[data-cover-preview]');
  const previewImage = q<HTMLImageElement>('[data-cover-preview-image]');
  const previewCaption = q('[data-cover-preview-caption]');
  /** The steward's published images, once read. */
  let images: OwnMedia[] | undefined;
  let loading = false;
  /** What the steward chose since the cover was last saved or shown (kept across re-renders). */
  let picked: string | undefined;

  const imageOf = (id: string) => images?.find((image) => image.id === id);
  /** The choice that stands for the trail's cover now: none, one of the steward's images, or KEEP. */
  const savedChoice = (trail: TrailDetail): string => {
    if (!trail.coverUrl) return '';
    return images?.find((image) => image.url === trail.coverUrl)?.id ?? KEEP;
  };

  const showPreview = () => {
    const image = imageOf(select.value);
    const url = select.value === KEEP ? context.current().trail.coverUrl : image?.url;
    preview.hidden = !url;
    if (!url) {
      previewImage.removeAttribute('src');
      return;
    }
    previewImage.src = url;
    // The image's own description; none given, the caption beside it names it.
    previewImage.alt = image?.alt ?? '';
    previewCaption.textContent = image
      ? s('trailEditor.cover.preview', { title: image.title })
      : s('trailEditor.cover.previewCurrent');
  };

  const render = (trail: TrailDetail) => {
    if (!images) return;
    const saved = savedChoice(trail);
    const savedImage = imageOf(saved);
    current.textContent = savedImage
      ? s('trailEditor.cover.current', { title: savedImage.title })
      : s(saved === KEEP ? 'trailEditor.cover.currentOther' : 'trailEditor.cover.currentNone');
    const none = element('option', undefined, s('trailEditor.cover.none'));
    none.value = '';
    const options = [none];
    if (saved === KEEP) {
      const keep = element('option', undefined, s('trailEditor.cover.keep'));
      keep.value = KEEP;
      options.unshift(keep);
    }
    for (const image of images) {
      const option = element('option', undefined, image.title);
      option.value = image.id;
      option.lang = image.language;
      options.push(option);
    }
    select.replaceChildren(...options);
    select.value = picked !== undefined && options.some((option) => option.value === picked) ? picked : saved;
    q('[data-cover-none]').hidden = images.length > 0;
    q('[data-cover-field]').hidden = false;
    q('[data-cover-actions]').hidden = false;
    showPreview();
  };

  const loadImages = async () => {
    if (images || loading) return;
    loading = true;
    const media = await context.ownMedia();
    images = media.filter((item) => item.family === 'image' && item.url);
    q('[data-cover-loading]').hidden = true;
    render(context.current().trail);
  };

  select.addEventListener('change', () => {
    picked = select.value;
    setInvalid(select, false);
    say(status, '');
    showPreview();
  });

  const refuse = (message: string) => {
    q('[data-cover-error]').textContent = message;
    reportErrors([select]);
    say(status, message, 'error');
  };

  onSubmit(
    form,
    async () => {
      setInvalid(select, false);
      const choice = select.value;
      if (choice === KEEP || choice === savedChoice(context.current().trail)) {
        say(status, s('trailEditor.cover.unchanged'));
        return;
      }
      say(status, s('trailEditor.cover.saving'));
      const response = await api.api.trails[':id'].$patch({
        param: { id: trailId },
        json: { coverMediaId: choice || null },
      });
      const code = response.status as number;
      if (response.ok) {
        picked = undefined;
        context.apply(await response.json());
        say(status, s(choice ? 'trailEditor.cover.saved' : 'trailEditor.cover.removed'), 'success');
        return;
      }
      // 400: not one of the steward's images; 409: no longer published.
      if (code === 400) refuse(s('trailEditor.cover.error'));
      else if (code === 409) refuse(s('trailEditor.cover.unavailable'));
      else say(status, commonFailure(code, s), 'error');
    },
    () => say(status, s('form.failed'), 'error'),
  );

  context.onRender((editor) => {
    if (!editor.canEdit) return;
    if (images) render(editor.trail);
    else void loadImages();
  });
};
