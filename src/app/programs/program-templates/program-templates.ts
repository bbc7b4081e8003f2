import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { TemplateResponse } from '@domain/contracts/programs';
import { saveTemplateRequest } from '@domain/contracts/programs';
import type { TemplateApplyMode } from '@domain/programs/templates';
import { itemCount } from '@domain/programs/program';
import { contractValidator } from '../../ui/forms/contract-validator';
import { FieldErrorPipe } from '../../ui/forms/field-error-pipe';

export interface TemplateChoice {
  templateId: string;
  mode: TemplateApplyMode;
}

export interface TemplateDetails {
  name: string;
  summary: string;
}

/**
 * The built-in protocols with the sources they follow, and the clinic's own templates. Applying one saves the
 * patient's program as a new version (replacing it, or adding to it); the current program can be kept as a template.
 */
@Component({
  selector: 'app-program-templates',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    FieldErrorPipe,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
  ],
  templateUrl: './program-templates.html',
  styleUrl: './program-templates.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramTemplates {
  readonly builtIn = input.required<readonly TemplateResponse[]>();
  readonly clinic = input.required<readonly TemplateResponse[]>();
  /** Why applying is not possible now (unsaved edits, a save under way), or null. */
  readonly applyBlocked = input<string | null>(null);
  /** The program has exercises to keep as a template. */
  readonly canSaveProgram = input(false);
  readonly saveStatus = input<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  readonly saveErrors = input<Record<string, string[]>>({});
  readonly applied = output<TemplateChoice>();
  readonly saved = output<TemplateDetails>();

  protected readonly count = (t: TemplateResponse) => itemCount(t.program);
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: contractValidator(saveTemplateRequest.shape.name),
    }),
    summary: new FormControl('', {
      nonNullable: true,
      validators: contractValidator(saveTemplateRequest.shape.summary),
    }),
  });

  constructor() {
    effect(() => {
      if (this.saveStatus() === 'saved') this.form.reset();
    });
    effect(() => {
      const errors = this.saveErrors();
      for (const [field, messages] of Object.entries(errors)) {
        const control = this.form.get(field);
        control?.setErrors({ server: messages });
        control?.markAsTouched();
      }
    });
  }

  protected saveTemplate(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saved.emit(this.form.getRawValue());
  }
}
