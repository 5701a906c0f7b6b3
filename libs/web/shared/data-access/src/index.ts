export * from './lib/csv';
export * from './lib/error-toast.interceptor';
export * from './lib/form-errors';
export * from './lib/http-errors';
