import { Routes } from '@angular/router';

/** Mounted at /apply (anyone signed in): open calls and the application form. */
export const applyRoutes: Routes = [];

/** Mounted at /applications (anyone signed in): my applications. */
export const myApplicationsRoutes: Routes = [];

/** Mounted at /programs/:programId/cohorts/:cohortId/recruitment (HR leads of the program). */
export const cohortRecruitmentRoutes: Routes = [];

/** Mounted at /programs/:programId/recruitment (HR leads): application forms and eligibility. */
export const programRecruitmentRoutes: Routes = [];
