import { ChangeDetectionStrategy, Component, Type, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ComponentOutlet } from './component-outlet';

@Component({
  selector: 'app-first-panel',
  template: '<p>First panel</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class FirstPanel {}

@Component({
  selector: 'app-second-panel',
  template: '<p>Second panel</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SecondPanel {}

@Component({
  selector: 'app-host',
  imports: [ComponentOutlet],
  template: `<ng-container [appComponentOutlet]="component()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly component = signal<Type<unknown>>(FirstPanel);
}

describe('ComponentOutlet', () => {
  it('renders the component it is given, and the next one in its place', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    expect(element.textContent).toBe('First panel');
    fixture.componentInstance.component.set(SecondPanel);
    await fixture.whenStable();
    expect(element.textContent).toBe('Second panel');
    expect(element.querySelector('app-first-panel')).toBeNull();
  });
});
