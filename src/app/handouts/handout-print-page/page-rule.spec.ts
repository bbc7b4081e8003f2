import { sampleHandout } from '../../../testing/sample-handout';
import { cssString, pageOfContent, pageRule } from './page-rule';

describe('pageRule', () => {
  it('prints Letter or A4 with the footer text and page numbers in the margin boxes', () => {
    const letter = pageRule(sampleHandout());
    expect(letter).toContain('size: letter');
    expect(letter).toContain(
      '@bottom-left { content: "Program version 3 · Running plan version 2 · Printed 2 Dec 2026"',
    );
    expect(letter).toContain('content: "Page " counter(page) " of " counter(pages)');
    const a4 = sampleHandout({ options: { ...sampleHandout().options, paper: 'a4' } });
    expect(pageRule(a4)).toContain('size: A4');
  });

  it('prints the footer larger in large print', () => {
    const large = sampleHandout({ options: { ...sampleHandout().options, largePrint: true } });
    expect(pageRule(large)).toContain('12pt');
    expect(pageRule(sampleHandout())).toContain('8.5pt');
  });

  it('numbers pages in the handout language, whatever the order of the placeholders', () => {
    expect(pageOfContent('Página {page} de {pages}')).toBe('"Página " counter(page) " de " counter(pages)');
    expect(pageOfContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });

  it('keeps footer text a string: quotes, backslashes, line breaks and markup cannot end the rule', () => {
    expect(cssString('a "b" \\ c\n</style>')).toBe('"a \\"b\\" \\\\ c \\3c /style\\3e "');
  });
});
