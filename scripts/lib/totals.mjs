// Sums every result the test script produced into one line: "N passed, N failed, N skipped".
// Sources: .NET TRX files, the Vitest and Playwright JSON reports, and the pass/fail lines of other checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [resultsDir, frontendResultsDir, checksFile] = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (passed, failed, skipped) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

for (const file of existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('.trx')) : []) {
  const counters = readFileSync(join(resultsDir, file), 'utf8').match(/<Counters [^>]*>/)?.[0] ?? '';
  const count = (name) => Number(counters.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  // An ignored test is counted in total but not in executed, and not always in notExecuted.
  const skipped = Math.max(count('notExecuted'), count('total') - count('executed'));
  add(count('passed'), count('failed') + count('error') + count('timeout') + count('aborted'), skipped);
}

const vitest = readJson(join(frontendResultsDir, 'vitest.json'));
if (vitest) add(vitest.numPassedTests, vitest.numFailedTests, vitest.numPendingTests + vitest.numTodoTests);

const playwright = readJson(join(frontendResultsDir, 'playwright.json'));
if (playwright) add(playwright.stats.expected + playwright.stats.flaky, playwright.stats.unexpected, playwright.stats.skipped);

for (const line of existsSync(checksFile) ? readFileSync(checksFile, 'utf8').split('\n') : []) {
  if (line.startsWith('pass ')) add(1, 0, 0);
  if (line.startsWith('fail ')) {
    add(0, 1, 0);
    console.log(`failed check: ${line.slice(5)}`);
  }
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
