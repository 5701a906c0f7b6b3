module.exports = async function globalTeardown() {
  const state = globalThis.__MB_TEST_DB__ ?? {};
  if (state.pglite) {
    await state.pglite.server.stop();
    await state.pglite.db.close();
  }
  if (state.drop) {
    const { Client } = require('pg');
    const admin = new Client({ connectionString: state.serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${state.drop}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
};
