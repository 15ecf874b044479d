// environment.test.ts - what bin/pygil does with the environment before Node starts:
// NODE_EXTRA_CA_CERTS is kept from Node (which would parse the certificates at start-up) and
// given back to the script, so os.environ is what python3 shows.
// Owns: nothing but these checks.

import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'pygil');

jest.setTimeout(60_000);

const SCRIPT = [
  'import os',
  "print(os.environ.get('NODE_EXTRA_CA_CERTS'))",
  "print('PYGIL_SAVED_NODE_EXTRA_CA_CERTS' in os.environ)",
  "print(sorted(k for k in os.environ if 'CA_CERTS' in k))",
].join('\n');

function run(cmd: string, env: NodeJS.ProcessEnv) {
  return spawnSync(cmd, ['-c', SCRIPT], { encoding: 'utf8', timeout: 30_000, env });
}

describe('NODE_EXTRA_CA_CERTS', () => {
  const base = { ...process.env };
  delete base.NODE_EXTRA_CA_CERTS;
  delete base.PYGIL_SAVED_NODE_EXTRA_CA_CERTS;

  test.each([
    ['set to a file that does not exist', { NODE_EXTRA_CA_CERTS: '/nonexistent/pygil-test.crt' }],
    ['set to the empty string', { NODE_EXTRA_CA_CERTS: '' }],
    ['not set', {}],
  ])('%s: os.environ as python3 shows it, and Node never reads it', (_what, extra) => {
    const env = { ...base, ...extra };
    const py = run('python3', env);
    const pg = run(BIN, env);
    expect(py.status).toBe(0);
    expect(pg.stdout).toBe(py.stdout);
    // Node warns "Ignoring extra certs from ..." on stderr when it reads a missing file
    expect(pg.stderr).toBe('');
    expect(pg.status).toBe(0);
  });
});
