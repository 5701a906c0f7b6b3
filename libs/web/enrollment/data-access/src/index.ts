export {};
export * from './lib/recruitment.api';
export * from './lib/applications.api';
