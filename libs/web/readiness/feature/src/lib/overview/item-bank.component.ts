import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  READINESS_DIMENSION_HINTS,
  READINESS_DIMENSION_LABELS,
  READINESS_DIMENSIONS,
  ReadinessItem,
} from '@mentorbridge/shared-contracts';
import { ReadinessApi } from '@mentorbridge/web-readiness-data-access';
import { toApiError } from '@mentorbridge/web-shared-data-access';
import {
  BannerComponent,
  confirmAction,
  EmptyStateComponent,
  LoadFailedComponent,
  StatusChipComponent,
} from '@mentorbridge/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { ItemDialogComponent, ItemDialogData } from './item-dialog.component';

/**
 * The statements respondents rate, grouped by dimension: the built-in bank plus the program's own
 * items, which HR leads can add, edit and switch off. New assessments use the active items.
 */
@Component({
  selector: 'mb-item-bank',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    BannerComponent,
    EmptyStateComponent,
    LoadFailedComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-bank.component.html',
  styleUrl: './item-bank.component.scss',
})
export class ItemBankComponent {
  readonly programId = input.required<string>();

  private readonly api = inject(ReadinessApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly items = rxResource({
    params: () => this.programId(),
    stream: ({ params }) => this.api.items(params),
  });
  protected readonly groups = computed(() => {
    const items = this.items.hasValue() ? this.items.value() : [];
    return READINESS_DIMENSIONS.map((dimension) => ({
      dimension,
      label: READINESS_DIMENSION_LABELS[dimension],
      hint: READINESS_DIMENSION_HINTS[dimension],
      items: items.filter((item) => item.dimension === dimension),
      active: items.filter((item) => item.dimension === dimension && item.active).length,
    }));
  });
  protected readonly busyId = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async add(): Promise<void> {
    const saved = await this.openDialog({ programId: this.programId(), item: null });
    if (saved) {
      this.snackBar.open('The item is added. New assessments will ask it.', 'OK', {
        duration: 4000,
      });
    }
  }

  protected async edit(item: ReadinessItem): Promise<void> {
    const saved = await this.openDialog({ programId: this.programId(), item });
    if (saved) {
      this.snackBar.open('The item is saved.', 'OK', { duration: 4000 });
    }
  }

  protected async toggleActive(item: ReadinessItem): Promise<void> {
    if (this.busyId()) {
      return;
    }
    if (item.active) {
      const confirmed = await confirmAction(this.dialog, {
        title: 'Switch this item off?',
        message:
          'New assessments will not ask it. Assessments already started keep it, and you can switch it on again later.',
        confirmLabel: 'Switch off',
      });
      if (!confirmed) {
        return;
      }
    }
    this.busyId.set(item.id);
    this.error.set(null);
    try {
      const updated = await firstValueFrom(this.api.updateItem(item.id, { active: !item.active }));
      this.replace(updated);
    } catch (error: unknown) {
      this.error.set(toApiError(error).message);
    } finally {
      this.busyId.set(null);
    }
  }

  private async openDialog(data: ItemDialogData): Promise<boolean> {
    const ref = this.dialog.open<ItemDialogComponent, ItemDialogData, ReadinessItem>(
      ItemDialogComponent,
      { data, width: '640px', maxWidth: '100vw', autoFocus: 'first-tabbable' },
    );
    const saved = await firstValueFrom(ref.afterClosed());
    if (!saved) {
      return false;
    }
    this.replace(saved);
    return true;
  }

  private replace(item: ReadinessItem): void {
    this.items.update((items) => {
      const list = items ?? [];
      return list.some((existing) => existing.id === item.id)
        ? list.map((existing) => (existing.id === item.id ? item : existing))
        : [...list, item];
    });
  }
}
