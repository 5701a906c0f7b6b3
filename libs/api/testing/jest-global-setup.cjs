// Jest globalSetup for suites that need a database (runs once per Jest process, outside the VM
// sandbox where PGlite cannot start). Chooses, in order:
//   1. TEST_DATABASE_URL: a real Postgres server; a throwaway database is created on it for this
//      run and dropped afterwards (if the role may not create databases, the URL is used as is);
//   2. otherwise an in-memory embedded PGlite, so `npm test` needs no Postgres at all.
// The chosen URL is handed to the test workers as MB_TEST_DATABASE_URL.
const { randomBytes } = require('node:crypto');

module.exports = async function globalSetup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const { Client } = require('pg');
    const name = `mb_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      process.env.MB_TEST_DATABASE_URL = url.toString();
      globalThis.__MB_TEST_DB__ = { drop: name, serverUrl };
    } catch (error) {
      if (error.code !== '42501') throw error;
      console.warn(
        '\n[tests] cannot CREATE DATABASE with TEST_DATABASE_URL; using it directly (run suites serially).',
      );
      process.env.MB_TEST_DATABASE_URL = serverUrl;
      globalThis.__MB_TEST_DB__ = {};
    } finally {
      await admin.end();
    }
    return;
  }
  const { PGlite } = require('@electric-sql/pglite');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
  const db = await PGlite.create('memory://');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
  require('../core/src/lib/database/pglite-serialise.cjs').serialiseExtendedProtocol(server, db);
  await server.start();
  process.env.MB_TEST_DATABASE_URL = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  globalThis.__MB_TEST_DB__ = { pglite: { db, server } };
};
