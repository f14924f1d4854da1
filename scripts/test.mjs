#!/usr/bin/env node
/**
 * `npm test`: every check of the project, two at a time so that both cores of a small machine
 * work. Each step is an npm script of its own (run one alone with `npm run <script>`).
 *
 *   build ──┬─ browser tests (test:e2e, two workers)
 *           └─ check → lint → format:check → test:unit → test:site → test:dev
 *
 * The order of the second lane matters: every Astro process (a build, a dev server, `astro
 * sync`) rewrites the project's `.astro/` folder (generated types, the list of content
 * modules), so no two may overlap, and the type checks that read it must not overlap one.
 * The build writes it first; the type checks then read it (`--noSync`); only after them do the
 * unit tests' fixture builds, the site checks' rebuild and the dev server start, one at a time.
 * The browser tests meanwhile need only `dist/` and `astro preview`, which writes no types.
 *
 * Each step's output is printed in one piece when it ends; the run goes on after a failure
 * (except past a failed build) and exits non-zero when any step failed.
 */
import { spawn } from 'node:child_process';

/** @typedef {{ script: string, args?: string[] }} Step */

/** @type {Step} */
const BUILD = { script: 'build' };
/** @type {Step[][]} */
const LANES = [
  [{ script: 'test:e2e' }],
  [
    { script: 'check', args: ['--noSync'] },
    { script: 'lint' },
    { script: 'format:check' },
    { script: 'test:unit' },
    { script: 'test:site' },
    { script: 'test:dev' },
  ],
];

/** Runs one npm script, buffering its output; resolves to whether it passed. @param {Step} step */
function run(step) {
  const label = [step.script, ...(step.args ?? [])].join(' ');
  console.log(`▶ ${label}`);
  const started = performance.now();
  const args = ['run', '--silent', step.script, ...(step.args ? ['--', ...step.args] : [])];
  const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  /** @type {Buffer[]} */
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const passed = code === 0;
      console.log(`\n── ${label}: ${passed ? 'passed' : `FAILED (exit ${String(code)})`} in ${seconds} s ──`);
      process.stdout.write(Buffer.concat(output));
      resolve(passed);
    });
  });
}

/** @type {string[]} */
const failed = [];
const started = performance.now();
if (await run(BUILD)) {
  await Promise.all(
    LANES.map(async (lane) => {
      for (const step of lane) if (!(await run(step))) failed.push(step.script);
    }),
  );
} else {
  failed.push(BUILD.script, '(nothing else ran: every other step needs the build)');
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  failed.length === 0 ? `\nnpm test: all passed in ${seconds} s` : `\nnpm test: failed: ${failed.join(', ')}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
