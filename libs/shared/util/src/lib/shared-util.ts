export function sharedUtil(): string {
  return 'shared-util';
}
