import { catalogue } from './catalogue';
import { catalogueText } from './catalogue-text';
import { spanishCatalogueText } from './spanish/spanish-catalogue-text';

describe('catalogue text', () => {
  it("gives a catalogue exercise's own words in English", () => {
    for (const e of catalogue) {
      expect(catalogueText(e.id, 'en'))
        .withContext(e.id)
        .toEqual({
          name: e.name,
          steps: e.steps,
          cues: e.cues,
          precautions: e.precautions.map((p) => p.text),
        });
    }
  });

  it('gives the Spanish words in Spanish for every catalogue exercise', () => {
    for (const e of catalogue) {
      const spanish = catalogueText(e.id, 'es');
      expect(spanish).withContext(e.id).not.toBeNull();
      expect(spanish).withContext(e.id).toBe(spanishCatalogueText[e.id]!);
      expect(spanish?.name).withContext(e.id).not.toBe(e.name);
    }
  });

  it('gives nothing for an id that is not a catalogue exercise, in either language', () => {
    for (const id of ['no-such-exercise', 'custom-band-row', '']) {
      expect(catalogueText(id, 'en')).withContext(id).toBeNull();
      expect(catalogueText(id, 'es')).withContext(id).toBeNull();
    }
  });
});
