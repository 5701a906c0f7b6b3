import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  ClosureView,
  CONTACT_OPTION_LABELS,
  ContactOption,
  ExitSurveyRequest,
  ExitSurveyView,
} from '@mentorbridge/shared-contracts';
import { ClosureApi } from '@mentorbridge/web-sessions-data-access';
import { fieldErrorsOf, toApiError } from '@mentorbridge/web-shared-data-access';
import { BannerComponent, LocalDatePipe } from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { RECOMMEND_SCALE, SATISFACTION_SCALE } from '../closure/closure-format';

type SurveyField = keyof ExitSurveyRequest;
const FIELDS: readonly SurveyField[] = [
  'satisfaction',
  'recommend',
  'helped',
  'change',
  'reflection',
  'contactPreference',
];

const required = (control: { value: unknown }) =>
  control.value === null || control.value === undefined || control.value === ''
    ? { required: true }
    : null;

/**
 * The exit survey of one side: satisfaction, whether they would recommend the program, what
 * helped and what to change (for the program), a private reflection (sealed, for the author only)
 * and whether to stay in touch.
 */
@Component({
  selector: 'mb-exit-survey',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    BannerComponent,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-label="Exit survey">
      @if (survey()?.answeredAt; as answeredAt) {
        <p class="muted" data-testid="survey-answered">
          You answered on {{ answeredAt | localDate }}. You can change your answers.
        </p>
      }
      @if (summary().length) {
        <mb-banner tone="error" title="Please check your answers" data-testid="survey-summary">
          <ul class="summary">
            @for (message of summary(); track message) {
              <li>{{ message }}</li>
            }
          </ul>
        </mb-banner>
      }
      @if (problem(); as message) {
        <mb-banner tone="error" title="Your survey was not saved">{{ message }}</mb-banner>
      }

      <p id="survey-satisfaction" class="label">How satisfied are you with this relationship?</p>
      <mat-radio-group
        formControlName="satisfaction"
        class="options"
        aria-labelledby="survey-satisfaction"
        data-testid="survey-satisfaction"
      >
        @for (option of satisfactionScale; track option.value) {
          <mat-radio-button [value]="option.value"
            >{{ option.value }} · {{ option.label }}</mat-radio-button
          >
        }
      </mat-radio-group>

      <p id="survey-recommend" class="label">
        How likely are you to recommend this program to a colleague?
      </p>
      <div class="scale">
        <mat-radio-group
          formControlName="recommend"
          class="options numbers"
          aria-labelledby="survey-recommend"
          aria-describedby="survey-recommend-ends"
          data-testid="survey-recommend"
        >
          @for (value of recommendScale; track value) {
            <mat-radio-button [value]="value">{{ value }}</mat-radio-button>
          }
        </mat-radio-group>
        <p id="survey-recommend-ends" class="ends">
          <span>0 = not at all likely</span><span>10 = extremely likely</span>
        </p>
      </div>

      <mat-form-field class="wide">
        <mat-label>What helped most?</mat-label>
        <textarea
          matInput
          rows="2"
          maxlength="2000"
          formControlName="helped"
          data-testid="survey-helped"
        ></textarea>
        <mat-hint>Shared with the program's HR leads to improve the program.</mat-hint>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>What should the program change?</mat-label>
        <textarea
          matInput
          rows="2"
          maxlength="2000"
          formControlName="change"
          data-testid="survey-change"
        ></textarea>
        <mat-hint>Shared with the program's HR leads to improve the program.</mat-hint>
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>Your reflection</mat-label>
        <textarea
          matInput
          rows="3"
          maxlength="4000"
          formControlName="reflection"
          data-testid="survey-reflection"
        ></textarea>
        <mat-icon matIconSuffix aria-hidden="true" fontIcon="lock" />
        <mat-hint data-testid="survey-reflection-privacy"
          >Private to you: {{ partner() }} and HR never see it.</mat-hint
        >
      </mat-form-field>

      <p id="survey-contact" class="label">After the program, would you like to stay in touch?</p>
      <mat-radio-group
        formControlName="contactPreference"
        class="options"
        aria-labelledby="survey-contact"
        data-testid="survey-contact"
      >
        @for (option of contactOptions(); track option) {
          <mat-radio-button [value]="option">{{ contactLabels[option] }}</mat-radio-button>
        }
      </mat-radio-group>

      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="survey-save">
          {{ survey()?.answeredAt ? 'Update my answers' : 'Send my exit survey' }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .label {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }
    .numbers {
      gap: 0;
    }
    .ends {
      display: flex;
      justify-content: space-between;
      max-width: 640px;
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .wide {
      width: 100%;
      margin-top: 16px;
    }
    .summary {
      margin: 0;
      padding-left: 18px;
    }
    .muted {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      margin-top: 12px;
    }
    mb-banner {
      display: flex;
      margin-bottom: 12px;
    }
  `,
})
export class ExitSurveyComponent {
  private readonly api = inject(ClosureApi);

  readonly matchId = input.required<string>();
  readonly partner = input.required<string>();
  readonly survey = input<ExitSurveyView | null>(null);
  readonly contactOptions = input.required<readonly ContactOption[]>();
  readonly changed = output<ClosureView>();

  protected readonly satisfactionScale = SATISFACTION_SCALE;
  protected readonly recommendScale = RECOMMEND_SCALE;
  protected readonly contactLabels = CONTACT_OPTION_LABELS;

  protected readonly form = new FormGroup({
    satisfaction: new FormControl<number | null>(null, { validators: required }),
    recommend: new FormControl<number | null>(null, { validators: required }),
    helped: new FormControl('', { nonNullable: true }),
    change: new FormControl('', { nonNullable: true }),
    reflection: new FormControl('', { nonNullable: true }),
    contactPreference: new FormControl<ContactOption | null>(null, { validators: required }),
  });
  protected readonly summary = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    // What I answered before fills the form (each time the saved survey changes).
    effect(() => {
      const survey = this.survey();
      untracked(() =>
        this.form.reset({
          satisfaction: survey?.satisfaction ?? null,
          recommend: survey?.recommend ?? null,
          helped: survey?.helped ?? '',
          change: survey?.change ?? '',
          reflection: survey?.reflection ?? '',
          contactPreference: survey?.contactPreference ?? null,
        }),
      );
    });
  }

  private request(): ExitSurveyRequest {
    const value = this.form.getRawValue();
    const text = (field: 'helped' | 'change' | 'reflection') =>
      value[field].trim() ? { [field]: value[field].trim() } : {};
    return {
      satisfaction: Number(value.satisfaction),
      recommend: Number(value.recommend),
      ...text('helped'),
      ...text('change'),
      ...text('reflection'),
      contactPreference: value.contactPreference as ContactOption,
    };
  }

  protected async submit(): Promise<void> {
    if (this.saving()) {
      return;
    }
    const controls = this.form.controls;
    const missing = [
      controls.satisfaction.invalid ? 'Choose how satisfied you are (1 to 5).' : null,
      controls.recommend.invalid ? 'Choose how likely you are to recommend it (0 to 10).' : null,
      controls.contactPreference.invalid ? 'Choose whether to stay in touch.' : null,
    ].filter((message): message is string => message !== null);
    this.summary.set(missing);
    if (missing.length) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.changed.emit(await firstValueFrom(this.api.saveSurvey(this.matchId(), this.request())));
    } catch (error) {
      const details = fieldErrorsOf(error).filter((detail) =>
        FIELDS.includes(detail.field as SurveyField),
      );
      if (details.length) {
        this.summary.set(details.map((detail) => detail.message));
      } else {
        this.problem.set(toApiError(error).message);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
