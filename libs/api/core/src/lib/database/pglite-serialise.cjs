'use strict';
/**
 * pglite-socket 0.2.17 runs each wire message from any connection in turn, keeping a connection
 * exclusive only inside a transaction. Outside one, two connections' Parse/Bind/Execute messages
 * interleave on PGlite's single session, so one query can run another's statement and return its
 * rows (seen as a random 401 under concurrent requests). This keeps a connection in charge of the
 * session from its first extended-protocol message until its Sync, as a real server's sessions
 * would. Used by the embedded database (embedded-postgres.ts) and the Jest global setup.
 */

/** Extended-protocol messages that continue a sequence which only a Sync ends. */
const CONTINUES_SEQUENCE = new Set(['P', 'B', 'D', 'E', 'H', 'C'].map((c) => c.charCodeAt(0)));

function serialiseExtendedProtocol(server, db) {
  const queue = server.queryQueue;
  if (!queue || typeof queue.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error('Unexpected @electric-sql/pglite-socket internals: pin the tested version');
  }
  let owner = null;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    if (owner === handlerId) owner = null;
    clear(handlerId);
  };
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const exclusive = owner ?? (db.isInTransaction() ? this.lastHandlerId : null);
        const index =
          exclusive === null ? 0 : this.queue.findIndex((q) => q.handlerId === exclusive);
        if (index === -1) break;
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error);
          continue;
        }
        owner = CONTINUES_SEQUENCE.has(item.message[0]) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}

module.exports = { serialiseExtendedProtocol };
