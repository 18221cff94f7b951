/**
 * Server side (the content collection's loader, at build time): a lesson's Markdown as HTML.
 * Lessons are written by the city, but they are a commons other people send changes to, so they
 * are rendered as inert as citizens' text: raw HTML is escaped (`html: false`) and markdown-it
 * refuses `javascript:` links. A module's pictures and sounds live in its `media/` folder and are
 * written `![text](media/file)`; a sound becomes a player with its text as label and the paragraph
 * that follows as its transcript. A reference to a file the folder does not have fails the build,
 * naming the lesson file.
 */
import MarkdownIt, { type RendererRule, type Token } from 'markdown-it';

export interface LessonSource {
  /** The lesson file, as errors name it (`content/training/<module>/lessons/<slug>.fr.md`). */
  file: string;
  /** Unique on the page: prefixes the ids of the players and transcripts. */
  idPrefix: string;
  /** The module's media files (names in `media/`), and the address they are served from. */
  mediaFiles: ReadonlySet<string>;
  mediaBase: string;
  /** The name of a table's scrolling region ("Tableau"), in the lesson's language. */
  tableLabel: string;
}

/** A sound of a lesson, as the `training_audio` token carries it. */
interface AudioPlayer {
  id: string;
  src: string;
  label: string;
  transcript?: boolean;
}

const AUDIO = /\.(mp3|ogg)$/i;
const MEDIA_REF = /^media\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escapeHtml = markdown.utils.escapeHtml;

/** `media/<file>` as served, or an error naming the lesson when the folder has no such file. */
const mediaUrl = (source: LessonSource, target: string): string => {
  const name = MEDIA_REF.exec(target)?.[1];
  if (!name) throw new Error(`${source.file}: ${target}: a lesson shows only files of its module's media/ folder`);
  if (!source.mediaFiles.has(name)) throw new Error(`${source.file}: ${target}: no such file in the module's media/`);
  return `${source.mediaBase}${name}`;
};

// Lessons write `##` for their sections: the page owns h1 (the module) and h2 (the lesson).
markdown.core.ruler.push('training_headings', (state) => {
  for (const token of state.tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && /^h[1-6]$/.test(token.tag)) {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
    }
  }
});

/** A paragraph that holds one picture and nothing else: its image token. */
const loneImage = (tokens: Token[], at: number): Token | undefined => {
  const [open, inline, close] = tokens.slice(at, at + 3);
  if (open?.type !== 'paragraph_open' || inline?.type !== 'inline' || close?.type !== 'paragraph_close') return;
  const parts = (inline.children ?? []).filter((child) => !(child.type === 'text' && !child.content.trim()));
  return parts.length === 1 && parts[0]?.type === 'image' ? parts[0] : undefined;
};

/** The lesson a render is for: `renderLesson` passes it as markdown-it's environment. */
const lessonOf = (env: object | undefined): LessonSource => env as LessonSource;

markdown.core.ruler.push('training_media', (state) => {
  const source = lessonOf(state.env);
  for (const token of state.tokens) {
    for (const child of token.type === 'inline' ? (token.children ?? []) : []) {
      if (child.type === 'image') child.attrSet('src', mediaUrl(source, String(child.attrGet('src') ?? '')));
    }
  }
  let players = 0;
  for (let at = 0; at < state.tokens.length; at++) {
    const image = loneImage(state.tokens, at);
    const src = image ? String(image.attrGet('src') ?? '') : '';
    if (!image || !src || !AUDIO.test(src)) continue;
    const id = `${source.idPrefix}-audio-${++players}`;
    const player = new state.Token('training_audio', 'figure', 0);
    player.meta = { id, src, label: image.content } satisfies AudioPlayer;
    state.tokens.splice(at, 3, player);
    // The paragraph right after the player is its transcript, kept inside the figure.
    const next = state.tokens[at + 1];
    const nextClose = state.tokens[at + 3];
    if (next?.type === 'paragraph_open' && nextClose?.type === 'paragraph_close') {
      player.meta.transcript = true;
      next.meta = { transcriptOf: id };
      nextClose.meta = { closesFigure: true };
    }
  }
});

markdown.renderer.rules.training_audio = (tokens, at) => {
  const player = tokens[at]?.meta as AudioPlayer | undefined;
  if (!player) return '';
  const { id, src, label, transcript } = player;
  const described = transcript ? ` aria-describedby="${id}-transcript"` : '';
  return (
    `<figure class="lesson-audio">\n<figcaption id="${id}-label">${escapeHtml(label)}</figcaption>\n` +
    `<audio controls preload="none" src="${escapeHtml(src)}" aria-labelledby="${id}-label"${described}>` +
    `<a href="${escapeHtml(src)}">${escapeHtml(label)}</a></audio>\n${transcript ? '' : '</figure>\n'}`
  );
};

const renderToken: RendererRule = (tokens, at, options, _env, self) => self.renderToken(tokens, at, options);
const defaultImage = markdown.renderer.rules.image ?? renderToken;

markdown.renderer.rules.paragraph_open = (tokens, at, options, env, self) => {
  const of = (tokens[at]?.meta as { transcriptOf?: string } | null)?.transcriptOf;
  return of
    ? `<p class="lesson-audio__transcript" id="${of}-transcript">`
    : renderToken(tokens, at, options, env, self);
};
markdown.renderer.rules.paragraph_close = (tokens, at, options, env, self) =>
  (tokens[at]?.meta as { closesFigure?: boolean } | null)?.closesFigure
    ? '</p>\n</figure>\n'
    : renderToken(tokens, at, options, env, self);

markdown.renderer.rules.image = (tokens, at, options, env, self) => {
  tokens[at]?.attrSet('loading', 'lazy');
  return defaultImage(tokens, at, options, env, self);
};

// A wide table scrolls in its own region on a narrow screen; the region takes keyboard focus
// (so it can be scrolled without a mouse) and a name (so that focus lands somewhere named).
markdown.renderer.rules.table_open = (_tokens, _at, _options, env) =>
  `<div class="lesson-table" role="region" tabindex="0" aria-label="${escapeHtml(lessonOf(env).tableLabel)}">\n<table>\n`;
markdown.renderer.rules.table_close = () => '</table>\n</div>\n';

/** A lesson's HTML: safe to set as the page's content (every text is escaped). */
export const renderLesson = (source: string, lesson: LessonSource): string =>
  markdown.render(source, { ...lesson }).trim();
