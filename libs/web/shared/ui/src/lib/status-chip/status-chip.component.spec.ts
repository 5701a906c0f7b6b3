import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StatusChipComponent } from './status-chip.component';

@Component({
  imports: [StatusChipComponent],
  template: `<mb-status-chip label="Invited" tone="warning" icon="mail" />`,
})
class HostComponent {}

describe('StatusChipComponent', () => {
  it('says the status in words (the icon is decorative), not by colour alone', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const chip = (fixture.nativeElement as HTMLElement).querySelector(
      'mb-status-chip',
    ) as HTMLElement;

    expect(chip.textContent?.trim()).toBe('Invited');
    expect(chip.classList).toContain('tone-warning');
    expect(chip.querySelector('mat-icon')?.getAttribute('aria-hidden')).toBe('true');
  });
});
