import { TestBed } from '@angular/core/testing';
import { SuppressedComponent } from './suppressed.component';

function descriptionOf(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

describe('SuppressedComponent', () => {
  it('shows "<5" and explains, on hover and keyboard focus, why the number is hidden', async () => {
    const fixture = TestBed.createComponent(SuppressedComponent);
    await fixture.whenStable();
    const cell = (fixture.nativeElement as HTMLElement).querySelector('.suppressed') as HTMLElement;

    expect(cell.textContent?.trim()).toBe('<5');
    expect(cell.getAttribute('tabindex')).toBe('0');
    await new Promise((resolve) => setTimeout(resolve));
    expect(descriptionOf(cell)).toBe('Fewer than 5 people: hidden to protect privacy');
  });

  it('uses the threshold of the figure (10 for well-being answers)', async () => {
    const fixture = TestBed.createComponent(SuppressedComponent);
    fixture.componentRef.setInput('threshold', 10);
    await fixture.whenStable();
    const cell = (fixture.nativeElement as HTMLElement).querySelector('.suppressed') as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve));

    expect(cell.textContent?.trim()).toBe('<10');
    expect(descriptionOf(cell)).toBe('Fewer than 10 people: hidden to protect privacy');
  });
});
