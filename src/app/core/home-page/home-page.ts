import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { RoleLabelPipe } from '../../ui/role-label-pipe';
import { authFeature } from '../auth/state/auth.feature';

@Component({
  selector: 'app-home-page',
  imports: [RouterLink, MatButton, RoleLabelPipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly user = inject(Store).selectSignal(authFeature.selectUser);
}
