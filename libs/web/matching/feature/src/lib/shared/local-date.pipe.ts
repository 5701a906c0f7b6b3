/**
 * The date pipe lives in the shared UI library (the participants' homes use it too); this path is
 * kept for the cohort pages that import it from here.
 */
export { formatLocalDate, LocalDatePipe } from '@mentorbridge/web-shared-ui';
