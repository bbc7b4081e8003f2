import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import type { ProgramVersion, ProgramVersionSummary } from '@domain/contracts/programs';
import { programItems, programSectionLabels } from '@domain/programs/program';
import { doseInWords } from '../../exercises/dose-words';
import { ClinicDatePipe } from '../../ui/clinic-date-pipe';
import type { VersionComparison } from '../state/programs.selectors';

/**
 * Every saved version (who, when, what changed), one shown in full or two compared item by item, and a way back
 * to an earlier one: restoring saves it again as the newest version, so nothing in the history is lost.
 */
@Component({
  selector: 'app-program-versions',
  imports: [ClinicDatePipe, MatButton, MatFormField, MatLabel, MatOption, MatSelect],
  templateUrl: './program-versions.html',
  styleUrl: './program-versions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramVersions {
  /** Newest first. */
  readonly versions = input.required<readonly ProgramVersionSummary[]>();
  readonly loading = input(false);
  readonly shown = input<ProgramVersion | null>(null);
  readonly comparison = input<VersionComparison | null>(null);
  readonly names = input.required<ReadonlyMap<string, string>>();
  /** Why an earlier version cannot be restored now (unsaved edits), or null. */
  readonly restoreBlocked = input<string | null>(null);
  readonly viewed = output<number>();
  readonly compared = output<{ older: number; newer: number }>();
  readonly closed = output<void>();
  readonly restored = output<ProgramVersion>();

  protected readonly older = signal<number | null>(null);
  protected readonly newer = signal<number | null>(null);
  protected readonly latest = computed(() => this.versions()[0]?.version ?? 0);
  protected readonly shownRows = computed(() => {
    const version = this.shown();
    if (!version) return [];
    return programItems(version.program).map(({ section, item }) => ({
      id: item.id,
      section: programSectionLabels[section],
      name: this.names().get(item.exerciseId) ?? 'An unknown exercise',
      dose: doseInWords(item.dose)
        .slice(0, 2)
        .map((line) => line.text)
        .join(' · '),
    }));
  });

  protected compare(): void {
    const older = this.older() ?? this.versions()[1]?.version;
    const newer = this.newer() ?? this.versions()[0]?.version;
    if (older && newer && older !== newer) this.compared.emit({ older, newer });
  }
}
