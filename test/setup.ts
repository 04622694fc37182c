import fc from "fast-check";

// fast-check: 100 runs locally, 1000 under CI (the issues' "done" bar).
fc.configureGlobal({ numRuns: process.env.CI ? 1000 : 100 });
