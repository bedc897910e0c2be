/** --changed-since in a throwaway git repository of fixture letters. */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers/memory-io.js';

const fixtures = fileURLToPath(new URL('../../fixtures/letters/', import.meta.url));
let repo: string;
let notRepo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.gov.uk', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.gov.uk' } });
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'cc-check-git-'));
  notRepo = await mkdtemp(join(tmpdir(), 'cc-check-nogit-'));
  await cp(fixtures, join(repo, 'templates'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Letter templates');
  git('tag', 'v1');
  // After v1: one committed change, one staged, one unstaged, one untracked, one ignored.
  const edit = async (name: string) => {
    const path = join(repo, 'templates', name);
    await writeFile(path, `${await readFile(path, 'utf8')}\nPlease keep this letter for your records.\n`);
  };
  await edit('council-tax-clean.txt');
  git('commit', '-q', '-am', 'Warmer opening');
  await edit('patel-faithfully.txt');
  git('add', 'templates/patel-faithfully.txt');
  await edit('garden-waste-renewal.md');
  await copyFile(join(fixtures, 'licensing-clean.txt'), join(repo, 'templates/new-licence.txt'));
  await writeFile(join(repo, '.gitignore'), 'templates/draft-*\n');
  await copyFile(join(fixtures, 'licensing-clean.txt'), join(repo, 'templates/draft-licence.txt'));
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(notRepo, { recursive: true, force: true });
});

const cli = (argv: string[], cwd = repo) => runCli(argv, { cwd });

const paths = (stdout: string) => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('--changed-since', () => {
  it('checks only what changed since the revision: committed, staged, unstaged and untracked, not ignored', async () => {
    const { stdout } = await cli(['templates', '--changed-since', 'v1', '--format', 'json']);
    expect(paths(stdout)).toEqual(['templates/council-tax-clean.txt', 'templates/garden-waste-renewal.md', 'templates/new-licence.txt', 'templates/patel-faithfully.txt']);
  });

  it('intersects with the inputs given, and works from a subfolder', async () => {
    const { stdout } = await cli(['templates/*.md', '--changed-since', 'HEAD', '--format', 'json']);
    expect(paths(stdout)).toEqual(['templates/garden-waste-renewal.md']);
    const fromSubfolder = await cli(['.', '--changed-since', 'HEAD', '--format', 'json'], join(repo, 'templates'));
    expect(paths(fromSubfolder.stdout)).toEqual(['./garden-waste-renewal.md', './new-licence.txt', './patel-faithfully.txt']);
  });

  it('says so when nothing changed, and passes', async () => {
    const { code, stderr, stdout } = await cli(['templates/licensing-clean.txt', '--changed-since', 'v1', '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('cc-check: no files to check have changed since v1\n');
    expect(JSON.parse(stdout).summary.files).toBe(0);
  });

  it('an unknown revision is a usage error', async () => {
    const { code, stderr, stdout } = await cli(['templates', '--changed-since', 'origin/nope']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--changed-since: git does not know the revision "origin/nope"');
  });

  it('a revision that looks like an option is refused, never passed to git as one', async () => {
    const { code, stderr } = await cli(['templates', '--changed-since=--output=/tmp/x']);
    expect(code).toBe(2);
    expect(stderr).toContain('--changed-since needs a git revision, not "--output=/tmp/x"');
  });

  it('outside a git repository is a usage error', async () => {
    await copyFile(join(fixtures, 'licensing-clean.txt'), join(notRepo, 'letter.txt'));
    const { code, stderr } = await cli(['letter.txt', '--changed-since', 'main'], notRepo);
    expect(code).toBe(2);
    expect(stderr).toContain('--changed-since needs a git repository');
  });
});
