import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { pickedFile } from '../../ui/forms/picked-file';

/**
 * The clinic's logo: a preview of the one printed now, upload a new one, remove it. Presentational: the page
 * checks and sends the file and says how it went (`message`).
 */
@Component({
  selector: 'app-clinic-logo',
  imports: [MatButton, MatIcon],
  templateUrl: './clinic-logo.html',
  styleUrl: './clinic-logo.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClinicLogo {
  readonly logoUrl = input<string | null>(null);
  readonly clinicName = input('');
  readonly busy = input(false);
  /** What happened to the last upload or removal, in words. */
  readonly message = input('');
  readonly failed = input(false);
  readonly chosen = output<File>();
  readonly removed = output();

  protected pick(event: Event): void {
    const file = pickedFile(event);
    if (file) this.chosen.emit(file);
  }
}
