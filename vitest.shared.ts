/**
 * Shared vitest settings: every package's tests run from its TypeScript source
 * (the `@mnemo/source` export condition), so no build is needed first.
 */
import type { UserWorkspaceConfig } from 'vitest/config';

export const sourceConditions = ['@mnemo/source', 'import', 'module', 'node', 'default'];

export function sharedProject(name: string): UserWorkspaceConfig {
  return {
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@mnemo/source'] } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 30_000,
    },
  };
}
