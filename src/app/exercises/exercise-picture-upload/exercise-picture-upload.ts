import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { pickedFile } from '../../ui/forms/picked-file';

/**
 * Upload or remove a custom exercise's own picture. Presentational: the editor page sends the file and
 * says how it went (`message`); the server checks the file by its content, so this only picks it.
 */
@Component({
  selector: 'app-exercise-picture-upload',
  imports: [MatButton],
  template: `
    <section aria-labelledby="picture-upload-heading">
      <h2 id="picture-upload-heading">Your own picture</h2>
      <p class="hint">A PNG or JPEG photo of at most 2 MB. It replaces the drawing everywhere.</p>
      <label class="file">
        <span>Choose a picture</span>
        <input
          type="file"
          accept="image/png,image/jpeg"
          [disabled]="busy()"
          (change)="pick($event)"
        />
      </label>
      @if (imageUrl()) {
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="removed.emit()">
          Remove the picture
        </button>
      }
      <p class="message" role="status" [class.error]="failed()">{{ message() }}</p>
    </section>
  `,
  styles: `
    .file {
      display: inline-flex;
      flex-direction: column;
      gap: 4px;
      margin-right: 16px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExercisePictureUpload {
  readonly imageUrl = input<string | undefined>(undefined);
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
