import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../functions/markdown/render-markdown.ts';

describe('Markdown rendering', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('**Bonjour** [le port](https://example.org)')).toBe(
      '<p><strong>Bonjour</strong> <a href="https://example.org" rel="nofollow ugc noopener">le port</a></p>\n',
    );
  });

  it.each([
    '<script>alert(1)</script>',
    '<iframe src="https://evil.example"></iframe>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
  ])('renders %s inert', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<(script|iframe|img|svg)[\s>]/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i); // no handler inside a real tag
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).toContain('&lt;');
  });

  it('refuses dangerous link targets', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript:');
    expect(renderMarkdown('[x](vbscript:msgbox)')).not.toContain('href="vbscript:');
    expect(renderMarkdown('[x](data:text/html;base64,PHNjcmlwdD4=)')).not.toContain('href="data:');
  });

  it('keeps headings below the page’s own', () => {
    expect(renderMarkdown('# Titre')).toBe('<h3>Titre</h3>\n');
  });
});
