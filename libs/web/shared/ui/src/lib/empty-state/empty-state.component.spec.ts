import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EmptyStateComponent } from './empty-state.component';

@Component({
  imports: [EmptyStateComponent],
  template: `
    <mb-empty-state
      title="No people match these filters"
      message="Try another search."
      [headingLevel]="3"
    >
      <button type="button">Clear filters</button>
    </mb-empty-state>
  `,
})
class HostComponent {}

describe('EmptyStateComponent', () => {
  it('says what is empty, what to do, and offers the next step at the heading level asked', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('h3')?.textContent?.trim()).toBe('No people match these filters');
    expect(root.querySelector('h2')).toBeNull();
    expect(root.querySelector('p')?.textContent?.trim()).toBe('Try another search.');
    expect(root.querySelector('button')?.textContent?.trim()).toBe('Clear filters');
  });
});
