import { Directive, ElementRef, effect, inject, input, output } from '@angular/core';
import { checkedDrawing } from './checked-drawing';

/**
 * Inserts a handout's start → end drawing after checking it (checked-drawing.ts). A drawing that fails the check
 * is left out and `refused` fires, so the block shows the picture's words instead of something unvetted.
 */
@Directive({ selector: '[appHandoutDrawing]' })
export class HandoutDrawing {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly appHandoutDrawing = input.required<string>();
  readonly refused = output<void>();

  constructor() {
    effect(() => {
      const element = this.host.nativeElement;
      const drawing = checkedDrawing(this.appHandoutDrawing(), element.ownerDocument);
      element.replaceChildren(...(drawing ? [drawing] : []));
      // Every drawing at one scale, so a figure lying down prints as large as one standing (handout-view.scss).
      const box = drawing?.viewBox.baseVal;
      if (drawing && box && box.width > 0) {
        drawing.style.setProperty('--drawing-width', String(box.width));
      }
      if (!drawing) this.refused.emit();
    });
  }
}
