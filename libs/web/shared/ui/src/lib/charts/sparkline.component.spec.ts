import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChartCell } from './chart-cells';
import { SparklineComponent } from './sparkline.component';
import { sparklineLayout } from './sparkline.layout';

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('SparklineComponent', () => {
  let fixture: ComponentFixture<SparklineComponent>;
  let root: HTMLElement;

  async function render(cells: ChartCell[]) {
    fixture = TestBed.createComponent(SparklineComponent);
    fixture.componentRef.setInput('title', 'Health score, last 4 months');
    fixture.componentRef.setInput('labels', ['Dec', 'Jan', 'Feb', 'Mar']);
    fixture.componentRef.setInput('cells', cells);
    await fixture.whenStable();
    root = fixture.nativeElement as HTMLElement;
  }

  it('breaks the line at a hidden month, marks it and reads every month out', async () => {
    await render([
      { value: 60, suppressed: false },
      { value: 64, suppressed: false },
      { value: null, suppressed: true },
      { value: 72, suppressed: false },
    ]);
    expect(root.querySelectorAll('polyline.spark-line')).toHaveLength(1);
    expect(root.querySelectorAll('circle.spark-point')).toHaveLength(3);
    expect(text(root.querySelector('rect.spark-hidden title'))).toBe(
      'Fewer than 5 people: hidden to protect privacy',
    );
    expect(root.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Health score, last 4 months: Dec 60, Jan 64, Feb fewer than 5 (hidden to protect privacy), Mar 72.',
    );
    expect(root.querySelectorAll('table tr')).toHaveLength(4);
  });

  it('says there is no trend yet when there is nothing to draw', async () => {
    await render([]);
    expect(root.querySelector('svg')).toBeNull();
    expect(text(root)).toBe('No trend yet');
  });
});

describe('sparklineLayout', () => {
  it('puts higher values higher and spreads the months evenly', () => {
    const layout = sparklineLayout({
      width: 108,
      height: 48,
      min: 0,
      max: 100,
      cells: [{ value: 0 }, { value: 50 }, { value: 100 }],
    });
    // 4 px padding: x at 4, 54, 104; y from 44 (0) to 4 (100).
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([
      [4, 44],
      [54, 24],
      [104, 4],
    ]);
    expect(layout.segments).toEqual(['4,44 54,24 104,4']);
  });
});
