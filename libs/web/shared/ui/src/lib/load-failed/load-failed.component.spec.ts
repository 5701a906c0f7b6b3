import { ComponentFixture, TestBed } from '@angular/core/testing';
import { LoadFailedComponent } from './load-failed.component';

describe('LoadFailedComponent', () => {
  let fixture: ComponentFixture<LoadFailedComponent>;

  beforeEach(() => {
    fixture = TestBed.createComponent(LoadFailedComponent);
    fixture.componentRef.setInput('title', "We couldn't load the numbers");
    fixture.detectChanges();
  });

  it('says what failed and what to try', () => {
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain("We couldn't load the numbers");
    expect(text).toContain('Check your connection and try again.');
  });

  it('asks to load again when the person presses "Try again"', () => {
    const retries: unknown[] = [];
    fixture.componentInstance.retry.subscribe((v) => retries.push(v));
    (fixture.nativeElement as HTMLElement).querySelector('button')?.click();
    expect(retries).toHaveLength(1);
  });
});
