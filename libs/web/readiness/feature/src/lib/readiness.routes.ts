import { Routes } from '@angular/router';

/** Mounted at /programs/:programId/readiness (HR leads of the program). */
export const readinessRoutes: Routes = [];

/** Mounted at /questionnaires (any signed-in respondent). */
export const questionnaireRoutes: Routes = [];
