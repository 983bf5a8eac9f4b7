// A render worker (compiled to dist/render-worker.js; bin/render-worker.js loads it from
// the sources): tinypool calls the default export once per job.
export { runJob as default } from './run-job.ts';
