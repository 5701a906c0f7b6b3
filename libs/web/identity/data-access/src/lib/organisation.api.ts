import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { OrganisationStats } from '@mentorbridge/shared-contracts';
import { Observable } from 'rxjs';

/** Organisation-wide aggregates (HR lead and executive homes). Counts only, no individuals. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  stats(): Observable<OrganisationStats> {
    return this.http.get<OrganisationStats>('/api/organisation/stats');
  }
}
