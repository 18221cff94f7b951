import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

interface Document {
  info: { title: string; description?: string; version: string };
  paths?: Record<string, Record<string, Operation>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * A readable API reference rendered on the server from the generated OpenAPI document: no
 * third-party script or CDN, so it works offline and under the portal's strict CSP.
 */
export const renderReferencePage = (document: Document): HtmlEscapedString | Promise<HtmlEscapedString> => {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] as Operation })),
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${document.info.title} — reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace}
section{border-top:1px solid #ccc;padding:.5rem 0}
.method{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;font-size:.85rem}
</style>
</head>
<body>
<main>
<h1>${document.info.title} <small>v${document.info.version}</small></h1>
<p>${document.info.description ?? ''}</p>
<p>Machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
${operations.map(
  ({ path, method, op }) => html`<section>
<h2><span class="method">${method}</span> <code>/api${path.replace(/^\/api/, '')}</code></h2>
<p>${op.summary ?? ''}</p>
${op.description ? html`<p>${op.description}</p>` : ''}
${
  op.parameters?.length
    ? html`<h3>Parameters</h3><ul>${op.parameters.map(
        (p) =>
          html`<li><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''})${p.description ? ` — ${p.description}` : ''}</li>`,
      )}</ul>`
    : ''
}
${
  op.requestBody?.content
    ? html`<h3>Request body</h3>${Object.entries(op.requestBody.content).map(
        ([type, media]) => html`<p><code>${type}</code></p><pre>${JSON.stringify(media.schema, null, 2)}</pre>`,
      )}`
    : ''
}
<h3>Responses</h3>
<ul>${Object.entries(op.responses ?? {}).map(([status, r]) => html`<li><strong>${status}</strong> ${r.description ?? ''}</li>`)}</ul>
</section>`,
)}
</main>
</body>
</html>`;
};
