import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Each file in a fork of its own meant 173 fork starts, and vitest 4 fails the whole run when a
    // fork is slow to answer its start on a loaded 2-core machine (vitest#8968; it failed CI here
    // once, every test green). The forks are reused instead: two starts, and the files' imports
    // (the sentence model among them) take 60 s instead of 190 s. Tests restore what they change
    // (environment variables, spies), so a file does not depend on the ones before it.
    isolate: false,
    // So a spy a failing test never got to restore cannot reach the files after it.
    restoreMocks: true,
  },
});
