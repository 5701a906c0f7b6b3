import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ChartItem } from './chart-cells';
import { HbarChartComponent } from './hbar-chart.component';
import { hbarLayout } from './hbar-chart.layout';

@Component({
  imports: [HbarChartComponent],
  template: `
    <mb-hbar-chart
      title="Enrolment funnel"
      categoryHeader="Stage"
      [items]="items()"
      [funnel]="true"
    />
  `,
})
class HostComponent {
  readonly items = signal<ChartItem[]>([
    { label: 'Invited', cell: { value: 120, suppressed: false } },
    { label: 'Applied', cell: { value: 60, suppressed: false } },
    { label: 'Approved', cell: { value: null, suppressed: true } },
    { label: 'Matched', cell: { value: 30, suppressed: false } },
  ]);
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('HbarChartComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let root: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    root = fixture.nativeElement as HTMLElement;
  });

  it('draws each stage as long as its share of the largest one', () => {
    const bars = [...root.querySelectorAll('svg.svg rect.bar')];
    expect(bars.map((bar) => bar.getAttribute('data-value'))).toEqual(['120', '60', '30']);
    const [invited, applied, matched] = bars.map((bar) => Number(bar.getAttribute('width')));
    expect(applied).toBeCloseTo((invited ?? 0) / 2, 1);
    expect(matched).toBeCloseTo((invited ?? 0) / 4, 1);
  });

  it('marks a hidden stage with a dashed box labelled "<5" that explains itself on hover', () => {
    const hidden = root.querySelectorAll('svg.svg rect.hidden-bar');
    expect(hidden).toHaveLength(1);
    expect(text(hidden[0]?.querySelector('title'))).toBe(
      'Fewer than 5 people: hidden to protect privacy',
    );
    const values = [...root.querySelectorAll('svg.svg text.value')].map((t) => text(t));
    expect(values[2]).toContain('<5');
    expect(text(root.querySelector('.legend'))).toBe(
      '<5: Fewer than 5 people: hidden to protect privacy',
    );
  });

  it('says which share of the previous stage each stage kept, unless a side is hidden', () => {
    const shares = [...root.querySelectorAll('svg.svg text.value')].map((t) =>
      text(t.querySelector('.share')),
    );
    expect(shares).toEqual(['', '· 50 % of invited', '', '']);
  });

  it('summarises every stage for screen readers, hidden ones in words', () => {
    const svg = root.querySelector('svg.svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Enrolment funnel. Invited: 120; Applied: 60, 50 % of invited; ' +
        'Approved: fewer than 5 (hidden to protect privacy); Matched: 30.',
    );
  });

  it('lists the figures in a data table, the hidden one as "<5"', () => {
    const rows = [...root.querySelectorAll('table tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Stage', 'People'],
      ['Invited', '120'],
      ['Applied', '60'],
      ['Approved', '<5'],
      ['Matched', '30'],
    ]);
    expect(root.querySelector('table mb-suppressed')).not.toBeNull();
  });

  it('says there is no data yet instead of drawing empty axes', async () => {
    fixture.componentInstance.items.set([]);
    await fixture.whenStable();
    expect(root.querySelector('svg.svg')).toBeNull();
    expect(text(root.querySelector('.chart-empty'))).toBe('No data yet');
  });
});

describe('hbarLayout', () => {
  it('keeps the text room on the right and stacks rows with the label above the bar', () => {
    const layout = hbarLayout({
      width: 400,
      valueRoom: 72,
      funnel: false,
      items: [
        { label: 'A', cell: { value: 10 } },
        { label: 'B', cell: { value: 0 } },
      ],
    });
    // 400 − 72 = 328 px of plot; 10 is the largest value, so it takes all of it.
    expect(layout.plotWidth).toBe(328);
    expect(layout.rows.map((row) => row.width)).toEqual([328, 0]);
    const [first, second] = layout.rows;
    expect((second?.barY ?? 0) - (first?.barY ?? 0)).toBe(48);
    expect((first?.barY ?? 0) > (first?.labelY ?? 0)).toBe(true);
  });
});
