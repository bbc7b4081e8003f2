import { programSources } from './sources';

describe('strength program sources', () => {
  it('give every rule a citation and a note, keyed by its own id', () => {
    for (const [id, source] of Object.entries(programSources)) {
      expect(source.id).toBe(id as typeof source.id);
      expect(source.citation.length).toBeGreaterThan(5);
      expect(source.note.length).toBeGreaterThan(20);
    }
  });

  it('label practice-based rules [practice]', () => {
    for (const source of Object.values(programSources).filter((s) => s.practice)) {
      expect(`${source.citation} ${source.note}`).toContain('[practice]');
    }
  });

  it("say the surgeon's instructions override the meniscus rule", () => {
    expect(programSources['meniscus-flexion'].note).toContain("surgeon's instructions override");
  });
});
