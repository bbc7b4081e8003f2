/**
 * A strict, small XML well-formedness check for the renderer's output (Node has no DOMParser, and the lenient
 * HTML parsers in node_modules accept broken markup). Returns the first problem, or null. It knows exactly the
 * XML the renderer writes: elements, quoted attributes, text and the five predefined entities.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const token = /<\/?([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let seenRoot = false;
  let match: RegExpExecArray | null;
  while (token.lastIndex < xml.length && (match = token.exec(xml))) {
    const [whole, name, , selfClosing, text, strayLt] = match;
    if (strayLt) return `stray "<" at ${match.index}`;
    if (text !== undefined) {
      if (!stack.length && text.trim()) return `text outside the root element at ${match.index}`;
      const bad = text.match(/&(?!(amp|lt|gt|quot|apos);)/);
      if (bad) return `unescaped "&" at ${match.index}`;
      continue;
    }
    if (whole.startsWith('</')) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}>`;
      continue;
    }
    const attributes = [...whole.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)];
    const names = attributes.map((a) => a[1]);
    if (new Set(names).size !== names.length) return `<${name}> repeats an attribute`;
    for (const [, , value] of attributes) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(value))
        return `unescaped "&" in an attribute of <${name}>`;
    }
    if (!stack.length && seenRoot) return 'a second root element';
    seenRoot = true;
    if (!selfClosing) stack.push(name);
  }
  if (token.lastIndex !== xml.length && token.lastIndex !== 0)
    return `unreadable markup at ${token.lastIndex}`;
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed`;
  return seenRoot ? null : 'no root element';
}
