import { Routes } from '@angular/router';

/** Mounted at /pairs/:matchId (the mentor and mentee of an active match). */
export const pairRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'My mentoring pair',
    loadComponent: () => import('./pair.page').then((m) => m.PairPage),
  },
];
