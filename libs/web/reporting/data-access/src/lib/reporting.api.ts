import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CohortDashboard,
  NeedsAction,
  ReportingOverview,
  ReportPeriod,
} from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

function cohortUrl(cohortId: string): string {
  return `/api/reporting/cohorts/${encodeURIComponent(cohortId)}`;
}

/**
 * Program health figures, all computed on the server. Executives get aggregates with small counts
 * suppressed; HR leads get their own programs' figures. A cohort the viewer may not see is a 404.
 */
@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly http = inject(HttpClient);

  /** Organisation totals and one card per cohort (executives and HR leads). */
  overview(): Observable<ReportingOverview> {
    return this.http.get<ReportingOverview>('/api/reporting/overview');
  }

  /** One cohort's dashboard for a period; a 404 is shown on the page ("not found"). */
  cohort(cohortId: string, period: ReportPeriod): Observable<CohortDashboard> {
    return this.http.get<CohortDashboard>(cohortUrl(cohortId), {
      params: new HttpParams().set('period', period),
      context: handledErrors(404),
    });
  }

  /** Where the dashboard's figures download as CSV (suppressed cells read "<k"). */
  exportUrl(cohortId: string, period: ReportPeriod): string {
    return `${cohortUrl(cohortId)}/export.csv?period=${encodeURIComponent(period)}`;
  }

  /** Everything that needs an HR lead today across the programs they run, per cohort. */
  needsAction(): Observable<NeedsAction> {
    return this.http.get<NeedsAction>('/api/reporting/needs-action');
  }
}
