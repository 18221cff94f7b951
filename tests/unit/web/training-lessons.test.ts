import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../../web/src/lib/training/lesson-markdown.ts';

/**
 * A lesson's Markdown as the module page shows it: the module's sounds as players labelled by
 * their text with the next paragraph as transcript, its pictures served beside the page, raw
 * HTML inert, and a reference to a file the module does not have failing the build by name.
 */
const lesson = {
  file: 'content/training/m/lessons/niveaux.fr.md',
  idPrefix: 'niveaux',
  mediaFiles: new Set(['sature.mp3', 'vumetre.png', 'vent.ogg']),
  mediaBase: '/formations/m/media/',
  tableLabel: 'Tableau',
};

describe('a lesson rendered', () => {
  it('makes a sound a labelled player with the following paragraph as its transcript', () => {
    const html = renderLesson(
      '## Entendre\n\n![Exemple : voix saturée](media/sature.mp3)\n\nTranscription : « Bonjour. »\n\nAprès.',
      lesson,
    );
    expect(html).toContain('<h3>Entendre</h3>');
    expect(html).toContain('<figure class="lesson-audio">');
    expect(html).toContain('<figcaption id="niveaux-audio-1-label">Exemple : voix saturée</figcaption>');
    expect(html).toContain(
      '<audio controls preload="none" src="/formations/m/media/sature.mp3" aria-labelledby="niveaux-audio-1-label" aria-describedby="niveaux-audio-1-transcript">',
    );
    expect(html).toContain(
      '<p class="lesson-audio__transcript" id="niveaux-audio-1-transcript">Transcription : « Bonjour. »</p>\n</figure>',
    );
    expect(html).toContain('<p>Après.</p>');
    expect(html).not.toContain('<img');
  });

  it('closes the figure of a sound that ends the lesson', () => {
    const html = renderLesson('![Le vent](media/vent.ogg)', lesson);
    expect(html).toContain('aria-labelledby="niveaux-audio-1-label">');
    expect(html).not.toContain('aria-describedby');
    expect(html.trim().endsWith('</figure>')).toBe(true);
  });

  it('serves pictures from the module and describes them by their text', () => {
    const html = renderLesson('Voici : ![Un vumètre de -48 à 0](media/vumetre.png)', lesson);
    expect(html).toContain('<img src="/formations/m/media/vumetre.png" alt="Un vumètre de -48 à 0" loading="lazy">');
  });

  it('puts a table in a named region that scrolls, and can be scrolled, on its own', () => {
    const html = renderLesson('| Licence | Condition |\n| --- | --- |\n| CC BY | citer |', lesson);
    expect(html).toMatch(/^<div class="lesson-table" role="region" tabindex="0" aria-label="Tableau">\n<table>/);
    expect(html).toMatch(/<\/table>\n<\/div>$/);
  });

  it('leaves raw HTML and script links inert', () => {
    const html = renderLesson(
      '<script>alert(1)</script>\n\n[clic](javascript:alert(1)) <img src=x onerror=alert(1)>',
      lesson,
    );
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('fails naming the lesson file when a media file is missing or outside the module', () => {
    expect(() => renderLesson('![Absent](media/absent.mp3)', lesson)).toThrow(
      'content/training/m/lessons/niveaux.fr.md: media/absent.mp3: no such file',
    );
    expect(() => renderLesson('![Ailleurs](https://example.org/x.png)', lesson)).toThrow(
      'content/training/m/lessons/niveaux.fr.md: https://example.org/x.png',
    );
    expect(() => renderLesson('![Remonter](media/../module.yaml)', lesson)).toThrow(/niveaux\.fr\.md/);
  });
});
