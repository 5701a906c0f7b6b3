import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  DEFAULT_READINESS_THRESHOLDS,
  READINESS_BAND_LABELS,
  ReadinessThresholds,
  SCALE_LABELS,
} from '@mentorbridge/shared-contracts';
import { LAUNCH_GATE_RULE } from './readiness-display';

/** "How is this computed?": the scoring rules in plain words, with this assessment's bands. */
@Component({
  selector: 'mb-scoring-explanation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="rules">
      <li>
        Each answer on the 1–5 scale is worth (answer − 1) ÷ 4 × 100%:
        @for (step of scale; track step.value; let last = $last) {
          {{ step.label }} {{ step.percent }}%{{ last ? '.' : ',' }}
        }
      </li>
      <li>An item scores the mean of its answers. "Don't know" answers are left out.</li>
      <li>
        A dimension scores the mean of its answered items. Overall is the mean of the dimensions,
        each weighing the same however many items it has.
      </li>
      <li>
        A band needs the overall score <strong>and</strong> every dimension to reach its minimum
        (award bands in the style of the EMCC ISMCP standard):
      </li>
    </ol>
    <table class="bands">
      <caption class="visually-hidden">
        Band thresholds
      </caption>
      <thead>
        <tr>
          <th scope="col">Band</th>
          <th scope="col">Overall at least</th>
          <th scope="col">Every dimension at least</th>
        </tr>
      </thead>
      <tbody>
        @for (band of bands; track band) {
          <tr>
            <th scope="row">{{ bandLabels[band] }}</th>
            <td>{{ thresholds()[band].overall }}%</td>
            <td>{{ thresholds()[band].minimum }}%</td>
          </tr>
        }
      </tbody>
    </table>
    <ul class="rules">
      <li>
        An item below {{ thresholds().ready.minimum }}% is weak: it comes with a recommendation,
        weakest first.
      </li>
      <li>Respondents two or more points apart on an item count as a disagreement.</li>
      <li>{{ launchGate }}</li>
    </ul>
  `,
  styles: `
    :host {
      display: block;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
    }
    .rules {
      margin: 0 0 8px;
      padding-left: 20px;
    }
    .rules li {
      margin-bottom: 4px;
    }
    .bands {
      border-collapse: collapse;
      margin: 0 0 12px 20px;
    }
    .bands th,
    .bands td {
      padding: 4px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
  `,
})
export class ScoringExplanationComponent {
  readonly thresholds = input<ReadinessThresholds>(DEFAULT_READINESS_THRESHOLDS);

  protected readonly bands = ['ready', 'strong', 'exemplary'] as const;
  protected readonly bandLabels = READINESS_BAND_LABELS;
  protected readonly launchGate = LAUNCH_GATE_RULE;
  protected readonly scale = ([1, 2, 3, 4, 5] as const).map((value) => ({
    value,
    label: SCALE_LABELS[value],
    percent: ((value - 1) / 4) * 100,
  }));
}
