import { Injectable, InjectionToken, inject } from '@angular/core';

/** Unsaved form values, kept so a reload or an expired session does not lose them. */
export interface FormDraft<Value> {
  /** ISO time of the last change, for "Restore unsaved changes from 14:32?". */
  savedAt: string;
  /** The record version the edit started from; null for a new record. */
  baseVersion: number | null;
  /** The values the edit started from, to tell the user's changes from a colleague's later save. */
  baseValue: Value | null;
  value: Value;
}

/**
 * Session storage: it survives a reload and a sign-in after the session ended, and goes when the
 * tab closes. Drafts hold health data, so they are keyed per user (on a shared workstation the
 * next person never sees them) and removed at sign-out.
 */
export const draftStorage = new InjectionToken<Storage>('Form draft storage', {
  providedIn: 'root',
  factory: () => sessionStorage,
});

const prefix = 'stride-rx.draft.';

@Injectable({ providedIn: 'root' })
export class FormDrafts {
  private readonly storage = inject(draftStorage);

  /** `key` names the form and its record: `patient.new`, `patient.<id>`. */
  load<Value>(userId: string, key: string): FormDraft<Value> | null {
    try {
      const stored = this.storage.getItem(storageKey(userId, key));
      const draft = stored === null ? null : (JSON.parse(stored) as Partial<FormDraft<Value>>);
      return draft && typeof draft.savedAt === 'string' && typeof draft.value === 'object'
        ? (draft as FormDraft<Value>)
        : null;
    } catch {
      return null;
    }
  }

  save<Value>(userId: string, key: string, draft: FormDraft<Value>): void {
    try {
      this.storage.setItem(storageKey(userId, key), JSON.stringify(draft));
    } catch {
      // Storage full or switched off: the draft is a safety net, the form itself still works.
    }
  }

  clear(userId: string, key: string): void {
    this.storage.removeItem(storageKey(userId, key));
  }

  clearAll(): void {
    const keys = Array.from({ length: this.storage.length }, (_, i) => this.storage.key(i));
    for (const key of keys) if (key?.startsWith(prefix)) this.storage.removeItem(key);
  }
}

function storageKey(userId: string, key: string): string {
  return `${prefix}${userId}.${key}`;
}
