import { inject, signal } from '@angular/core';
import { type FormDraft, FormDrafts } from './form-drafts';

/**
 * One record editor's unsaved work: the version and values the edit started from, the draft kept on every change,
 * and the offer to restore it after a reload. The page fills its own form; this keeps the bookkeeping one way for
 * every editor. Made in an injection context (a field initialiser of the page).
 */
export class EditorDraft<Value> {
  private readonly drafts = inject(FormDrafts);
  private version: number | null = null;

  /** The values this edit started from: what differs from them is the user's change. */
  readonly baseValue = signal<Value | null>(null);
  /** A draft kept earlier, offered back until it is restored, discarded or replaced by new typing. */
  readonly offer = signal<FormDraft<Value> | null>(null);

  /** `key` names the form and its record (`patient.<id>`); drafts are kept per user. */
  constructor(
    private readonly userId: string,
    private readonly key: string,
  ) {}

  /** The record version this edit started from (null for a new record): a save by someone else since is a 409. */
  get baseVersion(): number | null {
    return this.version;
  }

  /** The edit starts from `value` at `version`; a draft kept earlier is offered. */
  start(value: Value, version: number | null): void {
    this.rebase(value, version);
    this.offer.set(this.drafts.load<Value>(this.userId, this.key));
  }

  /** The edit now starts from a colleague's save (kept mine, or took theirs). */
  rebase(value: Value | null, version: number | null): void {
    this.version = version;
    this.baseValue.set(value);
  }

  /** Keeps what is typed now; it replaces any offer, which typing has made stale. */
  keep(value: Value): void {
    this.offer.set(null);
    this.drafts.save(this.userId, this.key, {
      savedAt: new Date().toISOString(),
      baseVersion: this.version,
      baseValue: this.baseValue(),
      value,
    });
  }

  /**
   * Takes the offered draft: its values for the form. The edit goes back to the version the draft began from, so
   * a colleague's save since then still gives the 409 and its merge.
   */
  restore(): Value | null {
    const draft = this.offer();
    if (!draft) return null;
    this.rebase(draft.baseValue ?? this.baseValue(), draft.baseVersion ?? this.version);
    this.offer.set(null);
    return draft.value;
  }

  /** Forgets the kept draft and any offer of it. */
  discard(): void {
    this.drafts.clear(this.userId, this.key);
    this.offer.set(null);
  }
}
