import nx from '@nx/eslint-plugin';
import jestPlugin from 'eslint-plugin-jest';
import prettier from 'eslint-config-prettier';

/**
 * Module boundaries that really restrict (see docs/architecture.md):
 * - platform: web never reaches the server stack, node never reaches Angular, shared reaches neither;
 * - type: apps compose features, features use data-access/ui/util, ...;
 * - scope: the mentoring cycle is one-way (programs <- readiness <- enrollment <- matching <-
 *   sessions <- closure); reporting, home and demo may read every scope; identity and shared are
 *   usable by all.
 * There is deliberately no `*` -> `*` rule: a project without tags cannot depend on anything.
 */
const cycle = ['programs', 'readiness', 'enrollment', 'matching', 'sessions', 'closure'];
const scopeRules = cycle.map((scope, index) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [
    'scope:shared',
    'scope:identity',
    ...cycle.slice(0, index + 1).map((s) => `scope:${s}`),
  ],
}));
const everyScope = [
  'scope:shared',
  'scope:identity',
  ...cycle.map((s) => `scope:${s}`),
  'scope:reporting',
];

const serverPackages = [
  '@nestjs/*',
  'typeorm',
  'pg',
  '@electric-sql/*',
  'fastify',
  '@fastify/*',
  '@node-rs/*',
  'class-validator',
  'class-transformer',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '.data/**', 'tmp/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // platform
            {
              sourceTag: 'platform:web',
              onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'],
              bannedExternalImports: serverPackages,
            },
            {
              sourceTag: 'platform:node',
              onlyDependOnLibsWithTags: ['platform:node', 'platform:shared'],
              bannedExternalImports: ['@angular/*', '@fontsource/*', 'material-icons'],
            },
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              bannedExternalImports: [...serverPackages, '@angular/*', 'rxjs'],
            },
            // type
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:domain',
                'type:data-access',
                'type:ui',
                'type:util',
                'type:infra',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:util'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:infra',
              onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:util'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            // scope: the cycle is one-way
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:identity',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:identity'],
            },
            ...scopeRules,
            { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: everyScope },
            // privacy (audit search, data-subject export and erasure) reaches every domain's data
            { sourceTag: 'scope:privacy', onlyDependOnLibsWithTags: everyScope },
            { sourceTag: 'scope:home', onlyDependOnLibsWithTags: [...everyScope, 'scope:home'] },
            { sourceTag: 'scope:demo', onlyDependOnLibsWithTags: everyScope },
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: everyScope },
            {
              sourceTag: 'scope:shell',
              onlyDependOnLibsWithTags: [
                ...everyScope,
                'scope:privacy',
                'scope:home',
                'scope:demo',
                'scope:testing',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules: an un-awaited promise is a bug waiting for a Friday.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Production code never imports test factories or harnesses.
    files: ['**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      '**/*.e2e.ts',
      '**/specs/**',
      '**/test/**',
      '**/testing/**',
      '**/jest.*',
      'apps/web-e2e/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mentorbridge/api-testing', '@mentorbridge/api-testing/*'],
              message: 'Production code must not import test factories.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e.ts'],
    plugins: { jest: jestPlugin },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/valid-expect': 'error',
      'jest/no-standalone-expect': 'error',
    },
  },
  prettier,
];
