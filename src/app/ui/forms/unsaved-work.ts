import { Injectable } from '@angular/core';
import type { HasUnsavedChanges } from './unsaved-changes-guard';

/**
 * Unsaved work held by something that is not a routed page, such as a patient page's tab: the page asks here
 * before it is left (unsavedChangesGuard), without knowing the tab's code, which stays in its lazy chunk.
 */
@Injectable({ providedIn: 'root' })
export class UnsavedWork implements HasUnsavedChanges {
  private readonly holders = new Map<string, HasUnsavedChanges>();

  /** `key` names the holder (`program`): holding again replaces the earlier one. */
  hold(key: string, holder: HasUnsavedChanges): void {
    this.holders.set(key, holder);
  }

  hasUnsavedChanges(): boolean {
    return [...this.holders.values()].some((h) => h.hasUnsavedChanges());
  }

  discardChanges(): void {
    for (const holder of this.holders.values()) {
      if (holder.hasUnsavedChanges()) holder.discardChanges();
    }
  }
}
