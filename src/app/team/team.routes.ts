import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as teamEffects from './state/team.effects';
import { teamFeature } from './state/team.feature';
import { TeamPage } from './team-page/team-page';

export default [
  {
    path: '',
    component: TeamPage,
    providers: [provideState(teamFeature), provideEffects(teamEffects)],
  },
] satisfies Routes;
