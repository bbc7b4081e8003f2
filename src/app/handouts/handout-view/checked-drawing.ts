const svgNamespace = 'http://www.w3.org/2000/svg';

/** What domain/illustrations' renderer draws with; anything else (script, foreignObject, image, use, a…) refuses the drawing. */
const allowedElements = new Set([
  'svg', 'title', 'desc', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
]);

/** Geometry and paint only: no href, no event handler, no style (which could load a url()). */
const allowedAttributes = new Set([
  'xmlns', 'viewBox', 'width', 'height', 'role', 'aria-label', 'aria-hidden', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
  'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke',
  'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline',
]);

/**
 * The drawing as an element ready to insert, or null when it is not plainly a picture. The server draws these
 * itself, but a recorded handout is read back from storage: the page checks every element and attribute against
 * what the renderer makes, and inserts the parsed nodes (never an HTML string, never bypassSecurityTrust*), so a
 * script, a foreignObject or a reference to anything outside the drawing cannot reach the page.
 */
export function checkedDrawing(svg: string, ownerDocument: Document = document): SVGSVGElement | null {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.namespaceURI !== svgNamespace || root.localName !== 'svg') return null;
  if (parsed.getElementsByTagName('parsererror').length > 0) return null;
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element.namespaceURI !== svgNamespace || !allowedElements.has(element.localName)) return null;
    for (const attribute of Array.from(element.attributes)) {
      if (!allowedAttributes.has(attribute.name)) return null;
      // The text alternative is words ("Hamstring curl (machine)…"), never fetched: only paint and geometry are checked.
      if (attribute.name !== 'aria-label' && refersOutside(attribute.value)) return null;
    }
  }
  return ownerDocument.importNode(root, true) as unknown as SVGSVGElement;
}

/** `url(...)` in a paint value could fetch something; the renderer never uses one. */
function refersOutside(value: string): boolean {
  return /url\s*\(|javascript:|data:/i.test(value);
}
