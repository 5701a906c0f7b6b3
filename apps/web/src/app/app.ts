import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { OpenCallsStore } from '@mentorbridge/web-enrollment-data-access';
import { OpenQuestionnairesStore } from '@mentorbridge/web-readiness-data-access';
import { map } from 'rxjs';
import { navigationFor } from './navigation';
import { ThemeService } from './theme.service';

/** The shell: toolbar, role-aware side navigation, and the page. */
@Component({
  selector: 'mb-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    MatTooltipModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly store = inject(AuthStore);
  protected readonly theme = inject(ThemeService);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly isHandset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 839.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly questionnaires = inject(OpenQuestionnairesStore);
  private readonly userId = computed(() => this.store.user()?.id ?? null);
  private readonly openCalls = inject(OpenCallsStore);
  protected readonly navItems = computed(() =>
    navigationFor(
      this.store.user(),
      {
        open: this.questionnaires.questionnaires().length,
        toAnswer: this.questionnaires.toAnswer(),
      },
      this.openCalls.invitationsToAnswer(),
    ),
  );
  protected readonly showNav = computed(() => this.store.isSignedIn());
  /** Open beside the page on desktop; on phones it slides over and starts closed. */
  protected readonly navOpen = linkedSignal(() => !this.isHandset());

  constructor() {
    // First call of the app: learn who is signed in (also sets the CSRF cookie).
    void this.store.load();
    // Once per sign-in: are there readiness questionnaires or invitations waiting for this person?
    effect(() => {
      if (this.userId()) {
        void this.questionnaires.refresh();
        void this.openCalls.refresh();
      } else {
        this.questionnaires.clear();
        this.openCalls.clear();
      }
    });
  }

  protected toggleNav(): void {
    this.navOpen.set(!this.navOpen());
  }

  protected onNavigate(): void {
    if (this.isHandset()) {
      this.navOpen.set(false);
    }
  }

  protected skipToMain(): void {
    this.main().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    try {
      await this.store.logout();
    } finally {
      this.navOpen.set(!this.isHandset());
      await this.router.navigateByUrl('/login');
    }
  }
}
