import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { UpdateProfileRequest, UserDetail } from '@mentorbridge/shared-contracts';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { Observable } from 'rxjs';

/** The signed-in person's own profile. */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  get(): Observable<UserDetail> {
    return this.http.get<UserDetail>('/api/me/profile');
  }

  update(request: UpdateProfileRequest): Observable<UserDetail> {
    return this.http.patch<UserDetail>('/api/me/profile', request, {
      context: handledErrors(400),
    });
  }
}
