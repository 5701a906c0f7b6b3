import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ActivateAccountRequest,
  CurrentUser,
  LoginRequest,
  Permission,
  Role,
} from '@mentorbridge/shared-contracts';
import { httpStatusOf } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth.api';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

/** The signed-in person, as signals. The one place the web app asks "who is this?". */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<{ status: SessionStatus; user: CurrentUser | null }>({
    status: 'unknown',
    user: null,
  });
  private pending: Promise<CurrentUser | null> | null = null;

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly isSignedIn = computed(() => this.state().user !== null);
  readonly roles = computed<readonly Role[]>(() => this.state().user?.roles ?? []);
  readonly permissions = computed<readonly Permission[]>(
    () => this.state().user?.permissions ?? [],
  );
  /** Where "home" is for this person: their role home, or `/` (the "no role yet" page). */
  readonly homeUrl = computed(() => {
    const route = this.state().user?.homeRoute;
    return route ? `/${route.replace(/^\/+/, '')}` : '/';
  });
  readonly firstName = computed(() => {
    const name = this.state().user?.displayName?.trim() ?? '';
    return name.split(/\s+/)[0] ?? '';
  });

  hasRole(role: Role): boolean {
    return this.roles().includes(role);
  }

  hasPermission(permission: Permission): boolean {
    return this.permissions().includes(permission);
  }

  /**
   * Resolves the session once (GET /api/auth/me) and caches it. Guards await this; a 401 means
   * signed out. Other failures are shown by the error toast and also count as signed out.
   */
  load(): Promise<CurrentUser | null> {
    const { status, user } = this.state();
    if (status !== 'unknown') {
      return Promise.resolve(user);
    }
    this.pending ??= firstValueFrom(this.api.me())
      .then((me) => {
        this.setUser(me);
        return me as CurrentUser | null;
      })
      .catch((error: unknown) => {
        if (httpStatusOf(error) !== 401) {
          console.warn('Could not load the session', error);
        }
        this.clear();
        return null;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  async login(request: LoginRequest): Promise<CurrentUser> {
    const user = await firstValueFrom(this.api.login(request));
    this.setUser(user);
    return user;
  }

  async activate(request: ActivateAccountRequest): Promise<CurrentUser> {
    const user = await firstValueFrom(this.api.activate(request));
    this.setUser(user);
    return user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.clear();
    }
  }

  setUser(user: CurrentUser): void {
    this.state.set({ status: 'signed-in', user });
  }

  /** Keeps the toolbar in step after the person renamed themselves. */
  patchUser(changes: Partial<Pick<CurrentUser, 'displayName'>>): void {
    const user = this.state().user;
    if (user) {
      this.state.set({ status: 'signed-in', user: { ...user, ...changes } });
    }
  }

  clear(): void {
    this.state.set({ status: 'signed-out', user: null });
  }
}
