import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  type HandoutLanguage,
  type HandoutOptions,
  type HandoutSection,
  type PaperSize,
  handoutSectionLabels,
  handoutSections,
  paperSizeLabels,
  paperSizes,
} from '@domain/handout/handout-options';

export const handoutLanguageLabels: Record<HandoutLanguage, string> = { en: 'English', es: 'Spanish (Español)' };

/** What to print: sections, paper, large print and language. Presentational: every change goes out whole. */
@Component({
  selector: 'app-handout-options-form',
  imports: [MatCheckbox, MatRadioButton, MatRadioGroup],
  templateUrl: './handout-options-form.html',
  styleUrl: './handout-options-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoutOptionsForm {
  readonly options = input.required<HandoutOptions>();
  readonly disabled = input(false);
  readonly optionsChange = output<HandoutOptions>();

  protected readonly sections = handoutSections;
  protected readonly sectionLabels = handoutSectionLabels;
  protected readonly papers = paperSizes;
  protected readonly paperLabels = paperSizeLabels;
  protected readonly languages = Object.keys(handoutLanguageLabels) as HandoutLanguage[];
  protected readonly languageLabels = handoutLanguageLabels;

  protected toggleSection(section: HandoutSection, checked: boolean): void {
    const chosen = new Set(this.options().sections);
    if (checked) chosen.add(section);
    else chosen.delete(section);
    // Always in the handout's own order, whatever order they were ticked in.
    this.change({ sections: handoutSections.filter((s) => chosen.has(s)) });
  }

  protected choosePaper(paper: PaperSize): void {
    this.change({ paper });
  }

  protected chooseLanguage(language: HandoutLanguage): void {
    this.change({ language });
  }

  protected setLargePrint(largePrint: boolean): void {
    this.change({ largePrint });
  }

  private change(changes: Partial<HandoutOptions>): void {
    this.optionsChange.emit({ ...this.options(), ...changes });
  }
}
