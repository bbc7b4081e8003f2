import { Injectable } from '@angular/core';
import type { HasUnsavedChanges } from './unsaved-changes-guard';

/**
 * Unsaved work in parts of a page that are not routes of their own (the patient page's tabs). Each feature adds
 * itself once; the routed page answers the unsaved-changes guard for all of them.
 */
@Injectable({ providedIn: 'root' })
export class UnsavedWork implements HasUnsavedChanges {
  private readonly sources = new Set<HasUnsavedChanges>();

  add(source: HasUnsavedChanges): void {
    this.sources.add(source);
  }

  hasUnsavedChanges(): boolean {
    return [...this.sources].some((source) => source.hasUnsavedChanges());
  }

  discardChanges(): void {
    for (const source of this.sources) if (source.hasUnsavedChanges()) source.discardChanges();
  }
}
