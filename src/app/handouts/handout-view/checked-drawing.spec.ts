import { catalogue } from '@domain/exercises/catalogue';
import { drawExercise } from '@domain/illustrations/exercise-illustrations';
import { checkedDrawing } from './checked-drawing';

const plain =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-label="A line">' +
  '<title>A line</title><path d="M0 0L10 10" stroke="#000"/></svg>';

describe('checkedDrawing', () => {
  it("accepts every catalogue exercise's drawing as the renderer makes it", () => {
    const refused = catalogue
      .filter((exercise) => drawExercise(exercise) !== undefined)
      .filter((exercise) => checkedDrawing(drawExercise(exercise)!.svg) === null)
      .map((exercise) => exercise.id);
    expect(refused).toEqual([]);
  });

  it('gives an SVG element of this document, with its text alternative', () => {
    const svg = checkedDrawing(plain)!;
    expect(svg.ownerDocument).toBe(document);
    expect(svg.getAttribute('aria-label')).toBe('A line');
    expect(svg.querySelector('path')).not.toBeNull();
  });

  const refusals: [string, string][] = [
    ['a script', '<script>alert(1)</script>'],
    ['a foreignObject', '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>'],
    ['an external image', '<image href="https://evil.example/x.png" width="5" height="5"/>'],
    ['a use of another file', '<use href="other.svg#shape"/>'],
    ['a link', '<a href="javascript:alert(1)"><path d="M0 0"/></a>'],
    ['an event handler', '<path d="M0 0" onclick="alert(1)"/>'],
    ['a style that loads something', '<path d="M0 0" style="fill:url(https://evil.example/x)"/>'],
    ['a paint that points outside', '<path d="M0 0" fill="url(https://evil.example/x#p)"/>'],
    ['an HTML element', '<div xmlns="http://www.w3.org/1999/xhtml">hi</div>'],
  ];
  for (const [what, inner] of refusals) {
    it(`refuses a drawing with ${what}`, () => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;
      expect(checkedDrawing(svg)).toBeNull();
    });
  }

  it('refuses markup that is not an SVG, or not well formed', () => {
    expect(checkedDrawing('<div>hello</div>')).toBeNull();
    expect(checkedDrawing('<svg xmlns="http://www.w3.org/2000/svg"><path></svg>')).toBeNull();
    expect(checkedDrawing('<svg><path d="M0 0"/></svg>')).toBeNull();
  });
});
