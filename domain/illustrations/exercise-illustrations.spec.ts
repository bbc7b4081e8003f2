import { catalogue } from '../exercises/catalogue';
import { drawExercise, catalogueIllustrations, illustrationOf } from './exercise-illustrations';
import { poseProblems } from './joint-limits';
import { xmlProblem } from './well-formed-xml';

describe('catalogue illustrations', () => {
  it('draws every catalogue exercise with a start and an end position, and nothing else', () => {
    for (const e of catalogue) {
      const illustration = catalogueIllustrations[e.id];
      expect(illustration).withContext(e.id).toBeDefined();
      expect(illustration?.start).withContext(e.id).toBeDefined();
      expect(illustration?.end).withContext(e.id).toBeDefined();
    }
    expect(Object.keys(catalogueIllustrations).sort()).toEqual(catalogue.map((e) => e.id).sort());
  });

  it('keeps every pose inside the joint limits and above the floor', () => {
    for (const [id, illustration] of Object.entries(catalogueIllustrations)) {
      expect(poseProblems(illustration.start)).withContext(`${id} start`).toEqual([]);
      expect(poseProblems(illustration.end)).withContext(`${id} end`).toEqual([]);
    }
  });

  it('moves something between start and end, so the two pictures differ', () => {
    for (const [id, illustration] of Object.entries(catalogueIllustrations)) {
      expect(JSON.stringify(illustration.end))
        .withContext(id)
        .not.toEqual(JSON.stringify(illustration.start));
    }
  });

  it('renders well-formed SVG with no script, no event handler and no external reference', () => {
    for (const e of catalogue) {
      const drawn = drawExercise(e);
      const svg = drawn?.svg ?? '';
      expect(xmlProblem(svg)).withContext(e.id).toBeNull();
      expect(svg)
        .withContext(e.id)
        .toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg.toLowerCase()).withContext(e.id).not.toContain('<script');
      expect(svg)
        .withContext(e.id)
        .not.toMatch(/\son[a-z]+\s*=/i);
      expect(svg)
        .withContext(e.id)
        .not.toMatch(/href|url\(|<image|<foreignObject/i);
      expect(svg).withContext(e.id).not.toContain('NaN');
    }
  });

  it('gives every picture a text alternative naming the exercise, in its <title> and aria-label', () => {
    for (const e of catalogue) {
      const drawn = drawExercise(e);
      expect(drawn?.alt).withContext(e.id).toContain(e.name);
      expect(drawn?.alt.length)
        .withContext(e.id)
        .toBeGreaterThan(e.name.length + 40);
      expect(drawn?.svg).withContext(e.id).toContain('role="img"');
      expect(drawn?.svg).withContext(e.id).toContain('<title>');
    }
  });

  it('highlights the working leg with a thick striped line, which survives grey-scale printing', () => {
    for (const e of catalogue) {
      const svg = drawExercise(e)?.svg ?? '';
      const highlighted = svg.includes('stroke-width="12"') || svg.includes('fill="#bdbdbd"');
      expect(highlighted).withContext(e.id).toBeTrue();
    }
  });

  it('escapes a custom exercise name in the SVG', () => {
    const drawn = drawExercise({
      ...catalogue[0],
      id: 'x',
      name: 'Squat <b> & "hold"',
      basedOn: 'wall-sit',
    });
    expect(drawn?.svg).toContain('Squat &lt;b&gt; &amp; &quot;hold&quot;');
    expect(xmlProblem(drawn?.svg ?? '')).toBeNull();
  });

  it('draws a custom exercise from its base catalogue exercise, mirrored on request', () => {
    const custom = { ...catalogue[0], id: 'custom-1', name: 'Our wall squat', basedOn: 'wall-sit' };
    expect(illustrationOf(custom)).toBe(catalogueIllustrations['wall-sit']);
    const plain = drawExercise(custom)?.svg;
    const mirrored = drawExercise(custom, { mirror: true })?.svg;
    expect(plain).toBeDefined();
    expect(mirrored).not.toEqual(plain);
    expect(drawExercise({ ...custom, basedOn: null })).toBeUndefined();
  });
});
