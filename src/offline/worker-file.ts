/** The worker's file name, at the root of the site (its scope is the whole base path). */
export const WORKER_FILE = 'service-worker.js';
