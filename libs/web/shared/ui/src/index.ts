export * from './lib/banner/banner.component';
export * from './lib/confirm-dialog/confirm-dialog.component';
export * from './lib/empty-state/empty-state.component';
export * from './lib/load-failed/load-failed.component';
export * from './lib/page-header/page-header.component';
export * from './lib/stat-card/stat-card.component';
export * from './lib/status-chip/status-chip.component';
