#!/usr/bin/env node
// `npm start`: builds when dist/ is missing or older than the sources, then runs dist/main.js in
// this same process (so SIGTERM reaches the service directly).
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'main.js');

function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const ms = entry.isDirectory() ? newestSourceMs(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, ms);
  }
  return newest;
}

const inputs = [
  join(root, 'src'),
  join(root, 'package.json'),
  join(root, 'tsconfig.json'),
  join(root, 'tsconfig.build.json'),
];
const newestInput = Math.max(
  ...inputs.map((p) => (statSync(p).isDirectory() ? newestSourceMs(p) : statSync(p).mtimeMs)),
);
if (!existsSync(entry) || statSync(entry).mtimeMs < newestInput) {
  process.stderr.write('Building (dist/ is missing or older than src/)...\n');
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
}
require(entry);
