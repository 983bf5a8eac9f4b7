// A render worker running the TypeScript sources (as bin/leaflets.js does without a
// compiled dist/, and in tests): tsx is registered in the worker itself before the job
// module loads. tinypool calls the default export per job.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { default: renderJob } = await import('../src/render/pool-worker.ts');
export default renderJob;
