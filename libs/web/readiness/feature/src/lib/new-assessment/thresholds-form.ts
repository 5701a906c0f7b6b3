import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  DEFAULT_READINESS_THRESHOLDS,
  READINESS_BAND_LABELS,
  ReadinessThresholds,
} from '@mentorbridge/shared-contracts';

export const BANDS = ['ready', 'strong', 'exemplary'] as const;
export type Band = (typeof BANDS)[number];

export type ThresholdsForm = FormGroup<
  Record<
    Band,
    FormGroup<{ overall: FormControl<number | null>; minimum: FormControl<number | null> }>
  >
>;

const percentValidators = [
  Validators.required,
  Validators.min(0),
  Validators.max(100),
  Validators.pattern(/^\d+$/),
];

/**
 * Higher bands must ask for more: Ready < Strong < Exemplary, both for the overall score and for
 * the minimum every dimension must reach.
 */
export function risingThresholds(control: AbstractControl): ValidationErrors | null {
  const value = control.value as Record<Band, { overall: number | null; minimum: number | null }>;
  for (const key of ['overall', 'minimum'] as const) {
    const values = BANDS.map((band) => value[band]?.[key]);
    if (values.some((v) => v === null || v === undefined || Number.isNaN(v))) {
      continue;
    }
    const [ready, strong, exemplary] = values as [number, number, number];
    if (!(ready < strong && strong < exemplary)) {
      const what = key === 'overall' ? 'overall score' : 'minimum per dimension';
      return {
        notRising: `Each band must ask for more than the one below: the ${what} has to rise from ${READINESS_BAND_LABELS.ready} to ${READINESS_BAND_LABELS.strong} to ${READINESS_BAND_LABELS.exemplary}.`,
      };
    }
  }
  return null;
}

export function thresholdsForm(
  initial: ReadinessThresholds = DEFAULT_READINESS_THRESHOLDS,
): ThresholdsForm {
  const band = (b: Band) =>
    new FormGroup({
      overall: new FormControl<number | null>(initial[b].overall, percentValidators),
      minimum: new FormControl<number | null>(initial[b].minimum, percentValidators),
    });
  return new FormGroup(
    { ready: band('ready'), strong: band('strong'), exemplary: band('exemplary') },
    { validators: risingThresholds },
  );
}

export function thresholdsValue(form: ThresholdsForm): ReadinessThresholds {
  const value = form.getRawValue();
  const band = (b: Band) => ({
    overall: Number(value[b].overall),
    minimum: Number(value[b].minimum),
  });
  return { ready: band('ready'), strong: band('strong'), exemplary: band('exemplary') };
}

export function isDefaultThresholds(thresholds: ReadinessThresholds): boolean {
  return BANDS.every(
    (b) =>
      thresholds[b].overall === DEFAULT_READINESS_THRESHOLDS[b].overall &&
      thresholds[b].minimum === DEFAULT_READINESS_THRESHOLDS[b].minimum,
  );
}
