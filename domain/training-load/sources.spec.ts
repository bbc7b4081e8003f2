import { sources } from './sources';

describe('rule sources', () => {
  it('gives every rule a citation and a note, keyed by its own id', () => {
    for (const [id, source] of Object.entries(sources)) {
      expect(source.id).toBe(id as typeof source.id);
      expect(source.citation.length).toBeGreaterThan(5);
      expect(source.note.length).toBeGreaterThan(20);
    }
  });

  it('says the 10 % rule is a conservative default, not proven protection', () => {
    expect(sources['ten-percent-rule'].note).toContain(
      'Conservative default, not proven protection',
    );
  });

  it('labels the acute:chronic ratio informational', () => {
    expect(sources['acute-chronic-ratio'].note).toMatch(/^Informational/);
  });

  it('labels practice-based rules [practice]', () => {
    for (const source of Object.values(sources).filter((s) => s.practice)) {
      expect(`${source.citation} ${source.note}`).toContain('[practice]');
    }
  });
});
