import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { BarChartComponent } from './bar-chart.component';
import { barChartLayout } from './bar-chart.layout';
import { ChartSeries, ChartThreshold } from './chart-support';

@Component({
  imports: [BarChartComponent],
  template: `
    <mb-bar-chart
      title="Readiness by dimension"
      categoryHeader="Dimension"
      [categories]="categories"
      [series]="series()"
      [thresholds]="thresholds"
      missingLabel="No answers"
    />
  `,
})
class HostComponent {
  readonly categories = ['Structural', 'Cultural', 'Financial'];
  readonly series = signal<ChartSeries[]>([
    { label: 'This cycle', values: [100, 50, null] },
    { label: 'Previous cycle', values: [25, 75, 0] },
  ]);
  readonly thresholds: ChartThreshold[] = [
    { value: 60, label: 'minimum per dimension' },
    { value: 70, label: 'overall to be Ready' },
  ];
}

function numberAttr(element: Element | undefined, name: string): number {
  return Number(element?.getAttribute(name));
}

describe('BarChartComponent', () => {
  let root: HTMLElement;
  let fixture: ComponentFixture<HostComponent>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    root = fixture.nativeElement as HTMLElement;
  });

  function bars(): SVGRectElement[] {
    return [...root.querySelectorAll<SVGRectElement>('svg.svg rect.bar')];
  }

  it('draws a 50% value half as long as a 100% value, from the same start', () => {
    const [full, previousStructural, half] = bars();
    expect(full?.getAttribute('data-value')).toBe('100');
    expect(half?.getAttribute('data-value')).toBe('50');
    expect(numberAttr(half, 'width')).toBeCloseTo(numberAttr(full, 'width') / 2, 1);
    expect(numberAttr(previousStructural, 'width')).toBeCloseTo(numberAttr(full, 'width') / 4, 1);
    expect(numberAttr(half, 'x')).toBe(numberAttr(full, 'x'));
  });

  it('draws no bar for a missing value and says so next to it', () => {
    const missing = bars()[4];
    expect(numberAttr(missing, 'width')).toBe(0);
    const labels = [...root.querySelectorAll('svg.svg text.value')].map((t) =>
      t.textContent?.trim(),
    );
    expect(labels).toEqual(['100%', '25%', '50%', '75%', 'No answers', '0%']);
  });

  it('puts each threshold line at its value on the axis, labelled with the value', () => {
    const lines = [...root.querySelectorAll('svg.svg line.threshold')];
    const [full] = bars();
    const x0 = numberAttr(full, 'x');
    const length = numberAttr(full, 'width');
    expect(numberAttr(lines[0], 'x1')).toBeCloseTo(x0 + 0.6 * length, 1);
    expect(numberAttr(lines[1], 'x1')).toBeCloseTo(x0 + 0.7 * length, 1);
    expect(lines[0]?.getAttribute('stroke-dasharray')).not.toBe(
      lines[1]?.getAttribute('stroke-dasharray'),
    );
    const labels = [...root.querySelectorAll('svg.svg text.threshold-label')].map((t) =>
      t.textContent?.trim(),
    );
    expect(labels).toEqual(['60%', '70%']);
  });

  it('summarises every value for screen readers in the image label', () => {
    const svg = root.querySelector('svg.svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Readiness by dimension. Structural: This cycle 100%, Previous cycle 25%; ' +
        'Cultural: This cycle 50%, Previous cycle 75%; Financial: This cycle No answers, ' +
        'Previous cycle 0%. Reference lines: 60% minimum per dimension, 70% overall to be Ready.',
    );
  });

  it('lists every value in a data table that can be shown on request', async () => {
    const table = root.querySelector('table') as HTMLTableElement;
    const rows = [...table.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Dimension', 'This cycle', 'Previous cycle'],
      ['Structural', '100%', '25%'],
      ['Cultural', '50%', '75%'],
      ['Financial', 'No answers', '0%'],
    ]);
    expect(table.parentElement?.classList).toContain('visually-hidden');

    const toggle = root.querySelector('button.table-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent?.trim()).toContain('Hide data table');
    expect(table.parentElement?.classList).not.toContain('visually-hidden');
  });

  it('names every series and threshold in the legend (pattern and text, not colour alone)', () => {
    const legend = [...root.querySelectorAll('.legend-item')].map((item) =>
      item.textContent?.trim(),
    );
    expect(legend).toEqual([
      'This cycle',
      'Previous cycle',
      '60% minimum per dimension',
      '70% overall to be Ready',
    ]);
    const previous = bars()[1];
    expect(previous?.getAttribute('fill')).toMatch(/^url\(#mb-bar-hatch-\d+\)$/);
  });
});

describe('barChartLayout', () => {
  it('keeps values within the axis and grows one row per category', () => {
    const layout = barChartLayout({
      width: 400,
      categories: ['A', 'B'],
      series: [{ label: 'S', values: [150, -10] }],
      thresholds: [],
      max: 100,
    });
    // 400 px wide: labels take 28% (112 px), the value text 52 px, the plot the other 236 px.
    expect(layout.plotX).toBe(112);
    expect(layout.plotWidth).toBe(236);
    expect(layout.rows.map((row) => row.bars[0]?.width)).toEqual([236, 0]);
    const [first, second] = layout.rows;
    expect((second?.labelY ?? 0) - (first?.labelY ?? 0)).toBe(32);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
