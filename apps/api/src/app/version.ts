/** Shown in /api/health and the OpenAPI document. */
export const APP_VERSION = process.env['npm_package_version'] ?? '0.1.0';
