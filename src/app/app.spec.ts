import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { App } from './app';

@Component({
  selector: 'app-routed-page',
  template: '<h1>Routed page</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class RoutedPage {}

describe('App', () => {
  it('shows the page the router picks', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'somewhere', component: RoutedPage }])],
    });
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/somewhere');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('h1')?.textContent).toBe('Routed page');
  });
});
