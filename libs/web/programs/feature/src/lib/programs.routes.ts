import { Routes } from '@angular/router';

/** Mounted at /programs (HR leads). */
export const programRoutes: Routes = [];
