export {};
export * from './lib/answers-view/answers-view.component';
export * from './lib/answers-view/answers-view';
export * from './lib/status-chips/enrollment-status-chips';
export * from './lib/status-chips/application-status-chip.component';
