import { Directive, Type, ViewContainerRef, effect, inject, input, untracked } from '@angular/core';

/**
 * Renders a component given as a value: the way a page shows one it loaded with a dynamic `import()` (a tab's
 * content), so that component and what it brings stay in their own chunk. Written here rather than using
 * `NgComponentOutlet`, which lives in a module chunk already in the initial bundle and adds about 2 kB to it.
 */
@Directive({ selector: 'ng-container[appComponentOutlet]' })
export class ComponentOutlet {
  private readonly container = inject(ViewContainerRef);

  readonly appComponentOutlet = input.required<Type<unknown>>();

  constructor() {
    effect(() => {
      const component = this.appComponentOutlet();
      untracked(() => {
        this.container.clear();
        this.container.createComponent(component);
      });
    });
  }
}
