const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Match runs compute in a worker thread (libs/api/matching/src/worker.ts).
      additionalEntryPoints: [
        { entryName: 'matching-worker', entryPath: './src/matching-worker.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // Documents DTO properties and responses in OpenAPI from the TypeScript types.
      transformers: [
        {
          name: '@nestjs/swagger/plugin',
          options: { introspectComments: true, dtoFileNameSuffix: ['.dto.ts'] },
        },
      ],
    }),
  ],
};
