import { TestBed } from '@angular/core/testing';
import { THEME_STORAGE_KEY, ThemeService } from './theme.service';

describe('ThemeService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.className = '';
  });

  it('remembers the chosen theme and applies it to the page', () => {
    const theme = TestBed.inject(ThemeService);
    TestBed.tick();
    expect(theme.isDark()).toBe(false);

    theme.toggle();
    TestBed.tick();

    expect(theme.isDark()).toBe(true);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(document.documentElement.classList).toContain('theme-dark');
  });

  it('starts with the theme remembered from an earlier visit', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');

    const theme = TestBed.inject(ThemeService);
    TestBed.tick();

    expect(theme.isDark()).toBe(true);
    expect(document.documentElement.classList).toContain('theme-dark');
  });
});
