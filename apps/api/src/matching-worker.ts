// Worker-thread entry for match runs (bundled as dist/apps/api/matching-worker.js).
import '@mentorbridge/api-matching/worker';
