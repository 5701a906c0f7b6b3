import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartSeries } from './chart-support';
import { RadarChartComponent } from './radar-chart.component';
import { radarLayout, radarPoint } from './radar-chart.layout';

@Component({
  imports: [RadarChartComponent],
  template: `
    <mb-radar-chart
      title="Readiness by dimension"
      categoryHeader="Dimension"
      [axes]="axes"
      [series]="series"
      [thresholds]="[{ value: 60, label: 'minimum per dimension' }]"
    />
  `,
})
class HostComponent {
  readonly axes = ['Structural', 'Cultural', 'Financial', 'Purpose'];
  readonly series: ChartSeries[] = [
    { label: 'This cycle', values: [100, 50, 0, null] },
    { label: 'Previous cycle', values: [40, 40, 40, 40] },
  ];
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe('RadarChartComponent', () => {
  let root: HTMLElement;

  beforeEach(async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    root = fixture.nativeElement as HTMLElement;
  });

  it('puts a 50% value half as far from the centre as a 100% value', () => {
    const markers = [...root.querySelectorAll('svg.svg circle.marker-0')].map((circle) => ({
      x: Number(circle.getAttribute('cx')),
      y: Number(circle.getAttribute('cy')),
      value: circle.getAttribute('data-value'),
    }));
    // 0% sits on the centre; the missing Purpose value gets no marker.
    expect(markers.map((m) => m.value)).toEqual(['100', '50', '0']);
    const [full, half, centre] = markers as [
      (typeof markers)[0],
      (typeof markers)[0],
      (typeof markers)[0],
    ];
    expect(distance(half, centre)).toBeCloseTo(distance(full, centre) / 2, 1);
    // Structural points up, Cultural to the right.
    expect(full.x).toBeCloseTo(centre.x, 1);
    expect(full.y).toBeLessThan(centre.y);
    expect(half.x).toBeGreaterThan(centre.x);
  });

  it('labels each axis with its name and both values, and tells the series apart by shape', () => {
    const labels = [...root.querySelectorAll('svg.svg text.axis-label')].map((t) =>
      [...t.querySelectorAll('tspan')].map((span) => span.textContent?.trim()),
    );
    expect(labels).toEqual([
      ['Structural', '100% · 40%'],
      ['Cultural', '50% · 40%'],
      ['Financial', '0% · 40%'],
      ['Purpose', 'No data · 40%'],
    ]);
    expect(root.querySelectorAll('svg.svg rect.marker-1')).toHaveLength(4);
    expect(root.querySelector('svg.svg polygon.threshold')?.getAttribute('data-value')).toBe('60');
  });

  it('summarises the values for screen readers and lists them in a table', () => {
    expect(root.querySelector('svg.svg')?.getAttribute('aria-label')).toContain(
      'Purpose: This cycle No data, Previous cycle 40%. Reference rings: 60% minimum per dimension.',
    );
    const rows = [...root.querySelectorAll('table tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Structural', '100%', '40%'],
      ['Cultural', '50%', '40%'],
      ['Financial', '0%', '40%'],
      ['Purpose', 'No data', '40%'],
    ]);
  });
});

describe('radarLayout', () => {
  it('starts the first axis at the top and goes round clockwise', () => {
    expect(radarPoint(100, 100, 50, 0, 4, 100, 100)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(100, 100, 50, 1, 4, 100, 100)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(100, 100, 50, 2, 4, 50, 100)).toEqual({ x: 100, y: 125 });
  });

  it('keeps the radius readable on a phone and leaves room for the labels', () => {
    const layout = radarLayout({
      width: 360,
      axes: ['A', 'B', 'C'],
      series: [],
      thresholds: [],
      max: 100,
    });
    // (360 − 2 × 84) / 2 = 96 px radius, centred.
    expect(layout.radius).toBe(96);
    expect(layout.cx).toBe(180);
    expect(layout.rings).toHaveLength(5);
  });
});
