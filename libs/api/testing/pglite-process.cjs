'use strict';
// A throwaway in-memory PGlite behind a Postgres socket, in its own process (PGlite cannot start
// inside Jest's VM sandbox). Started by createIsolatedDatabase() with an IPC channel: sends
// { url } once listening and exits when the parent disconnects or sends SIGTERM.
const { PGlite } = require('@electric-sql/pglite');
const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
const { serialiseExtendedProtocol } = require('../core/src/lib/database/pglite-serialise.cjs');

async function main() {
  const db = await PGlite.create('memory://');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  serialiseExtendedProtocol(server, db);
  await server.start();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server.stop();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('disconnect', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.send({
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
