/**
 * Runs npm scripts at the same time and fails when any of them fails: for steps that each
 * keep about one core busy and write nothing another reads (type check, lint, formatting, the
 * unit tests, whose builds run in copies of the project). Each script's output
 * is printed in one piece when it ends, so the log reads like the scripts run one by one.
 *
 * Usage: node scripts/parallel.mjs lint format:check "check -- --noSync"
 * (an argument is a script name, optionally with `-- args` for that script).
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.mjs SCRIPT ["SCRIPT -- ARGS" ...]');
  process.exit(2);
}

/** @param {string} script @returns {Promise<number>} exit code */
function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(`npm run -s ${script}`, { shell: true, env: process.env });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `\n> ${script}: ${code === 0 ? 'passed' : `failed (exit ${String(code)})`} in ${seconds} s\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(scripts.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
