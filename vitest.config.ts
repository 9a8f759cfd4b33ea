import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'commands/**/*.test.ts'],
    // Two workers match the CI machine's two cores. `npm test` runs the end-to-end files and the load test after the
    // rest, one file at a time: they start real processes and hold them to Discord's 3 s deadline, which a CPU-heavy
    // file running beside them on two cores can make them miss.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
