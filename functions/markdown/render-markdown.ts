import MarkdownIt from 'markdown-it';

/**
 * Citizens write Markdown; the site shows HTML. Raw HTML in the source is never passed through
 * (`html: false` escapes it as text), links are checked by markdown-it's own rules (no
 * `javascript:`, `vbscript:`, `data:` other than images), and every link opens as a plain link
 * with `rel="nofollow ugc noopener"`. So a <script>, an <iframe> or an `onerror=` is shown,
 * inert, as the text it is.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('rel', 'nofollow ugc noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Headings in user text start at level 3: the page owns h1 and h2.
markdown.core.ruler.push('demote_headings', (state) => {
  for (const token of state.tokens) {
    if ((token.type === 'heading_open' || token.type === 'heading_close') && /^h[1-6]$/.test(token.tag)) {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    }
  }
});

export const renderMarkdown = (source: string): string => markdown.render(source);
