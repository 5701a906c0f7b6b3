import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';

export type ThemeChoice = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'mentorbridge.theme';

/**
 * Light or dark. Follows the operating system until the person picks one with the toolbar
 * toggle; the pick is remembered in localStorage.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly window = this.document.defaultView;
  private readonly systemDark = signal(this.mediaQuery()?.matches ?? false);
  readonly choice = signal<ThemeChoice | null>(this.readChoice());
  readonly isDark = computed(() => {
    const choice = this.choice();
    return choice ? choice === 'dark' : this.systemDark();
  });

  constructor() {
    this.mediaQuery()?.addEventListener('change', (event) => this.systemDark.set(event.matches));
    effect(() => this.apply(this.choice()));
  }

  toggle(): void {
    const next: ThemeChoice = this.isDark() ? 'light' : 'dark';
    this.choice.set(next);
    try {
      this.window?.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this visit.
    }
  }

  private apply(choice: ThemeChoice | null): void {
    const root = this.document.documentElement;
    root.classList.toggle('theme-light', choice === 'light');
    root.classList.toggle('theme-dark', choice === 'dark');
  }

  private readChoice(): ThemeChoice | null {
    try {
      const stored = this.window?.localStorage.getItem(THEME_STORAGE_KEY);
      return stored === 'light' || stored === 'dark' ? stored : null;
    } catch {
      return null;
    }
  }

  private mediaQuery(): MediaQueryList | null {
    return typeof this.window?.matchMedia === 'function'
      ? this.window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  }
}
