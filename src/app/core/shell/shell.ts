import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatListItem, MatListItemIcon, MatListItemTitle, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { RoleLabelPipe } from '../../ui/role-label-pipe';
import { userMenuActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';
import { navItems, visibleNavItems } from './nav-items';

/** From this width the navigation stays open beside the page; below it slides over on demand. */
const wideLayout = '(min-width: 960px)';

@Component({
  selector: 'app-shell',
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButton,
    MatDivider,
    MatIcon,
    MatIconButton,
    MatListItem,
    MatListItemIcon,
    MatListItemTitle,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatNavList,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatToolbar,
    RoleLabelPipe,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly store = inject(Store);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly childRoutes = inject(ActivatedRoute).routeConfig?.children ?? [];
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly wide = toSignal(
    this.breakpoints.observe(wideLayout).pipe(map((state) => state.matches)),
    { initialValue: this.breakpoints.isMatched(wideLayout) },
  );
  /** Only meaningful on narrow screens, where the navigation slides over the page. */
  protected readonly navOpen = signal(false);
  protected readonly navItems = computed(() => {
    const user = this.user();
    return user ? visibleNavItems(navItems, this.childRoutes, user.role) : [];
  });

  protected skipToMain(event: Event): void {
    // The link's own #fragment would resolve against <base href="/"> and leave the page.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected closeNavIfOver(): void {
    if (!this.wide()) this.navOpen.set(false);
  }

  protected signOut(): void {
    this.store.dispatch(userMenuActions.signOutSelected());
  }
}
