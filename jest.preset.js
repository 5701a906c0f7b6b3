const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // The first test of a component spec compiles the component's templates: on a busy two-core
  // machine (CI runs the projects side by side) that alone has taken more than Jest's 5 s default.
  testTimeout: 20000,
};
