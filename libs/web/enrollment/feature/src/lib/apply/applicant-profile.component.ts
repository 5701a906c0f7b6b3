import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { ApplicantProfile, SENIORITY_LABELS } from '@mentorbridge/shared-contracts';

/**
 * The directory facts an application uses (eligibility, matching, the reporting-line rule), so
 * the applicant can spot a mistake before HR does.
 */
@Component({
  selector: 'mb-applicant-profile',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="facts">
      @for (fact of facts(); track fact.label) {
        <div class="fact">
          <dt>{{ fact.label }}</dt>
          <dd [class.missing]="!fact.value">{{ fact.value || 'Not recorded' }}</dd>
        </div>
      }
    </dl>
    <p class="note">
      <mat-icon aria-hidden="true" fontIcon="info" />
      <span>
        These come from the company directory and are used for eligibility and matching (you are
        never matched with your own manager). Something wrong? Ask HR to correct it.
      </span>
    </p>
  `,
  styles: `
    :host {
      display: block;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 200px), 1fr));
      gap: 12px 24px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
      overflow-wrap: anywhere;
    }
    dd.missing {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      margin: 12px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .note mat-icon {
      flex: none;
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
  `,
})
export class ApplicantProfileComponent {
  readonly profile = input.required<ApplicantProfile>();

  protected readonly facts = computed(() => {
    const p = this.profile();
    return [
      { label: 'Department', value: p.department },
      { label: 'Title', value: p.title },
      {
        label: 'Seniority',
        value: p.seniorityLevel ? SENIORITY_LABELS[p.seniorityLevel] : null,
      },
      { label: 'Manager', value: p.manager?.displayName ?? null },
      { label: 'Location', value: p.location },
      { label: 'Languages', value: p.languages.join(', ') },
    ];
  });
}
