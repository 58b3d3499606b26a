/**
 * Fails the suite when vitest's JSON report shows a failure or a test file that never reported:
 * a test process that dies (seen: a fork killed by V8's heap limit) can leave vitest exiting 0.
 * Usage: node --import tsx scripts/check-test-report.ts <report.json>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ReportSchema = z.object({
  success: z.boolean(),
  numTotalTests: z.number(),
  numFailedTests: z.number(),
  testResults: z.array(z.object({ name: z.string(), status: z.string() })),
});

const reportPath = process.argv[2];
if (!reportPath) throw new Error('usage: check-test-report.ts <report.json>');
const report = ReportSchema.parse(JSON.parse(readFileSync(reportPath, 'utf8')));
const root = process.cwd();
const files = readdirRecursive(['tests', 'server', 'e2e']).filter((file) =>
  file.endsWith('.test.ts'),
);
const reported = new Set(report.testResults.map((result) => path.relative(root, result.name)));
const missing = files.filter((file) => !reported.has(file));
const failed = report.testResults.filter((result) => result.status !== 'passed');

if (!report.success || failed.length > 0 || missing.length > 0 || report.numFailedTests > 0) {
  console.error('The TypeScript test run is not clean:');
  for (const result of failed)
    console.error(`  ${result.status}: ${path.relative(root, result.name)}`);
  for (const file of missing) console.error(`  never reported: ${file}`);
  if (!report.success) console.error('  vitest reported errors outside the tests (see above)');
  process.exit(1);
}
console.log(`${files.length} test files reported, ${report.numTotalTests} tests passed.`);

function readdirRecursive(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((entry) =>
      path.join(folder, entry),
    ),
  );
}
