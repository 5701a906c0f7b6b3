import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { CellSeries, ChartItem, niceMax } from './chart-cells';
import { ColumnChartComponent } from './column-chart.component';
import { columnChartLayout, COLUMN_PLOT_HEIGHT } from './column-chart.layout';
import { DistributionChartComponent } from './distribution-chart.component';

@Component({
  imports: [ColumnChartComponent, DistributionChartComponent],
  template: `
    <mb-column-chart
      title="Engagement by month"
      categoryHeader="Month"
      [categories]="['March 2027', 'April 2027']"
      [axisLabels]="['Mar\\n2027', 'Apr']"
      [series]="series()"
    />
    <mb-distribution-chart
      title="Satisfaction"
      [threshold]="10"
      [bins]="bins"
      categoryHeader="Score"
    />
  `,
})
class HostComponent {
  readonly series = signal<CellSeries[]>([
    {
      label: 'Active pairs',
      cells: [
        { value: 20, suppressed: false },
        { value: 10, suppressed: false },
      ],
    },
    {
      label: 'Sessions held',
      cells: [
        { value: 40, suppressed: false },
        { value: null, suppressed: true },
      ],
    },
  ]);
  readonly bins: ChartItem[] = [
    { label: '1', cell: { value: null, suppressed: true } },
    { label: '4', cell: { value: 12, suppressed: false } },
  ];
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('ColumnChartComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let chart: HTMLElement;
  let distribution: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    chart = root.querySelector('mb-column-chart') as HTMLElement;
    distribution = root.querySelector('mb-distribution-chart') as HTMLElement;
  });

  it('draws columns in proportion to their value, the second series hatched', () => {
    const columns = [...chart.querySelectorAll('svg.svg rect.bar')];
    expect(columns.map((c) => c.getAttribute('data-value'))).toEqual(['20', '40', '10']);
    const heights = columns.map((c) => Number(c.getAttribute('height')));
    expect(heights[0]).toBeCloseTo((heights[1] ?? 0) / 2, 1);
    expect(columns[1]?.getAttribute('fill')).toMatch(/^url\(#mb-column-hatch-\d+\)$/);
  });

  it('shows a hidden month as a dashed box labelled "<5", explained in the legend', () => {
    const hidden = chart.querySelector('svg.svg rect.hidden-bar');
    expect(text(hidden?.querySelector('title'))).toBe(
      'Fewer than 5 people: hidden to protect privacy',
    );
    expect(text(chart.querySelector('svg.svg text.hidden-label'))).toContain('<5');
    const legend = [...chart.querySelectorAll('.legend-item')].map((item) => text(item));
    expect(legend).toEqual([
      'Active pairs',
      'Sessions held',
      '<5: Fewer than 5 people: hidden to protect privacy',
    ]);
  });

  it('summarises every month and series for screen readers', () => {
    expect(chart.querySelector('svg.svg')?.getAttribute('aria-label')).toBe(
      'Engagement by month. March 2027: Active pairs 20, Sessions held 40; ' +
        'April 2027: Active pairs 10, Sessions held fewer than 5 (hidden to protect privacy).',
    );
  });

  it('writes the short axis labels, on two lines where asked', () => {
    const labels = [...chart.querySelectorAll('svg.svg text.tick')]
      .filter((t) => t.querySelector('tspan'))
      .map((t) => [...t.querySelectorAll('tspan')].map((span) => text(span)));
    expect(labels).toEqual([['Mar', '2027'], ['Apr']]);
  });

  it('offers the numbers as a table that can be shown', async () => {
    const rows = [...chart.querySelectorAll('table tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Month', 'Active pairs', 'Sessions held'],
      ['March 2027', '20', '40'],
      ['April 2027', '10', '<5'],
    ]);
    const toggle = chart.querySelector('button.table-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(chart.querySelector('table')?.parentElement?.classList).not.toContain('visually-hidden');
  });

  it('draws a distribution with the well-being threshold ("<10")', () => {
    expect(distribution.querySelector('svg.svg')?.getAttribute('aria-label')).toBe(
      'Satisfaction. 1: People fewer than 10 (hidden to protect privacy); 4: People 12.',
    );
    expect(text(distribution.querySelector('svg.svg text.hidden-label'))).toContain('<10');
  });

  it('says there is no data yet when every month is empty', async () => {
    fixture.componentInstance.series.set([{ label: 'Active pairs', cells: [] }]);
    await fixture.whenStable();
    expect(chart.querySelector('svg.svg')).toBeNull();
    expect(text(chart.querySelector('.chart-empty'))).toBe('No data yet');
  });
});

describe('columnChartLayout', () => {
  it('rounds the axis up to whole steps and scales columns to it', () => {
    expect(niceMax(37)).toBe(40);
    expect(niceMax(9)).toBe(12);
    expect(niceMax(0)).toBe(4);
    expect(niceMax(100)).toBe(100);
    const layout = columnChartLayout({
      width: 640,
      categoryCount: 1,
      series: [{ label: 'S', cells: [{ value: 20 }] }],
    });
    // 20 on a 0…20 axis: the full plot height.
    expect(layout.max).toBe(20);
    expect(layout.groups[0]?.columns[0]?.height).toBe(COLUMN_PLOT_HEIGHT);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20]);
  });

  it('labels every other month when the months are too narrow for their names', () => {
    const layout = columnChartLayout({
      width: 400,
      categoryCount: 24,
      series: [{ label: 'S', cells: [] }],
    });
    // 352 px / 24 months ≈ 14.7 px per month: a label every third month.
    expect(layout.groups.filter((group) => group.labelled)).toHaveLength(8);
    expect(layout.showValues).toBe(false);
  });
});
