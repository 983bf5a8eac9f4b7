// The render worker's entry (compiled to dist/render-worker.js): tinypool calls its default export per job.
export { runJob as default } from './run-job.ts';
