/**
 * A QR code as an SVG element, drawn from the module matrix `uqr` encodes (a small, dependency-free
 * encoder of the unjs project). The matrix becomes one `<path>` of unit squares, built as DOM
 * nodes (no markup parsed), with `shape-rendering: crispEdges` so that printers keep the modules
 * sharp. Only the labels page imports this file, so the encoder is in that page's bundle alone.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** The path of the dark modules: one `h1v1h-1z` square per module, offset by `border`. */
export const qrPath = (modules: readonly (readonly boolean[])[]): string =>
  modules
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
    .filter(Boolean)
    .join('');

/**
 * The QR code of `text` (error correction M: a label may be scuffed), with the quiet zone of 4
 * modules the standard asks for, sized by the caller (CSS width and height).
 */
export const qrSvg = (text: string, label: string): SVGSVGElement => {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', qrPath(data));
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
};
