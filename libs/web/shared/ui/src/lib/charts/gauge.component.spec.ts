import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChartCell } from './chart-cells';
import { GaugeComponent } from './gauge.component';
import { gaugeArc, gaugePoint } from './gauge.layout';

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('GaugeComponent', () => {
  let fixture: ComponentFixture<GaugeComponent>;
  let root: HTMLElement;

  async function render(
    cell: ChartCell,
    target: number | null = 70,
    caption: string | null = null,
  ) {
    fixture = TestBed.createComponent(GaugeComponent);
    fixture.componentRef.setInput('label', 'Health score');
    fixture.componentRef.setInput('cell', cell);
    fixture.componentRef.setInput('target', target);
    fixture.componentRef.setInput('caption', caption);
    await fixture.whenStable();
    root = fixture.nativeElement as HTMLElement;
  }

  it('writes the score in the middle and summarises it with its target', async () => {
    await render({ value: 72.4, suppressed: false }, 70, 'Healthy');
    expect(text(root.querySelector('text.reading'))).toBe('72');
    expect(text(root.querySelector('text.out-of'))).toBe('of 100');
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Health score: 72 out of 100. Target: 70. Healthy.',
    );
    expect(root.querySelector('path.value-arc')?.getAttribute('d')).toBe(gaugeArc(72.4, 100));
    expect(text(root.querySelector('.target-text'))).toBe('Target 70');
  });

  it('shows a hidden score as "<5", draws no arc and says why', async () => {
    await render({ value: null, suppressed: true });
    expect(text(root.querySelector('text.reading'))).toBe('<5');
    expect(text(root.querySelector('g > title'))).toBe(
      'Fewer than 5 people: hidden to protect privacy',
    );
    expect(root.querySelector('path.value-arc')).toBeNull();
    expect(text(root.querySelector('.hidden-text'))).toBe(
      'Fewer than 5 people: hidden to protect privacy',
    );
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Health score: fewer than 5 (hidden to protect privacy). Target: 70.',
    );
  });
});

describe('gauge geometry', () => {
  it('runs from the left end over the top to the right end', () => {
    expect(gaugePoint(0, 100)).toEqual({ x: 20, y: 100 });
    expect(gaugePoint(50, 100)).toEqual({ x: 100, y: 20 });
    expect(gaugePoint(100, 100)).toEqual({ x: 180, y: 100 });
    expect(gaugeArc(50, 100)).toBe('M 20 100 A 80 80 0 0 1 100 20');
    expect(gaugeArc(0, 100)).toBe('');
  });
});
