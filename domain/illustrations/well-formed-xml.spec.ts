import { xmlProblem } from './well-formed-xml';

describe('xmlProblem', () => {
  it('accepts nested elements, quoted attributes and escaped text', () => {
    expect(xmlProblem('<svg a="1"><title>A &amp; B</title><path d="M0 0"/></svg>')).toBeNull();
  });

  it('finds an unclosed element, a wrong closing tag, a bare ampersand and an unquoted attribute', () => {
    expect(xmlProblem('<svg><g></svg>')).toContain('closes');
    expect(xmlProblem('<svg><g>')).toContain('never closed');
    expect(xmlProblem('<svg><title>A & B</title></svg>')).toContain('&');
    expect(xmlProblem('<svg a=1></svg>')).not.toBeNull();
    expect(xmlProblem('<svg/><svg/>')).toContain('second root');
  });
});
