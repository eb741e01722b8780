import { defineConfig } from "vitest/config";

// Three projects, run in this order by scripts/test.ts: rules and modules, the CLI on fixture
// folders, and the built site in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // Browser-side components import "npm:htl"; in Node the same packages come from node_modules.
        resolve: { alias: [{ find: /^npm:(.*)$/, replacement: "$1" }] },
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], testTimeout: 60_000 },
      },
      { test: { name: "integration", include: ["test/integration/**/*.test.ts"], testTimeout: 180_000, hookTimeout: 300_000 } },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          maxConcurrency: 3, // pages opened at once by site.test.ts (two cores)
        },
      },
    ],
  },
});
