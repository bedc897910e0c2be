import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../fix/atomic-write.js';
import type { CheckOptions, FileResult } from '../types.js';
import { VERSION } from '../version.js';
import { stableJson } from '../util/stable-json.js';

/** The cache file's name when --cache-location is not given, or names a folder. */
export const DEFAULT_CACHE_NAME = '.cc-check-cache';
const CACHE_FORMAT = 1;

interface CacheEntry {
  /** sha256 of the file's bytes. */
  content: string;
  /** configKey() of the run that checked it, with the file's resolved config. */
  config: string;
  result: FileResult;
}

interface CacheFileShape {
  tool: 'cc-check';
  cacheFormat: number;
  entries: Record<string, CacheEntry>;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What besides a file's bytes decides its result: the options that change
 * findings or verdicts, and the cc-check version (new rules, new lists).
 */
export function configKey(options: CheckOptions): string {
  const relevant = {
    minScore: options.minScore,
    rules: options.rules,
    only: options.only,
    kind: options.kind,
    templateMode: options.templateMode,
    replyTo: options.replyTo,
    profile: options.profile,
    corporateTemplate: options.corporateTemplate,
    extraRules: options.extraRules?.map((rule) => rule.meta),
  };
  return hashBytes(Buffer.from(`${VERSION}\n${stableJson(relevant)}`));
}

/** --cache-location: a file, or a folder (existing, or written with a trailing slash) to hold .cc-check-cache. */
export async function cachePath(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_NAME);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, DEFAULT_CACHE_NAME);
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? join(path, DEFAULT_CACHE_NAME) : path;
}

function isCacheShape(value: unknown): value is CacheFileShape {
  if (!value || typeof value !== 'object') return false;
  const shape = value as Partial<CacheFileShape>;
  return shape.tool === 'cc-check' && shape.cacheFormat === CACHE_FORMAT && !!shape.entries && typeof shape.entries === 'object' && !Array.isArray(shape.entries);
}

/**
 * Results of earlier runs by file, reused while a file's bytes and the
 * run's options are unchanged. Paths are kept relative to the cache file,
 * so a cache restored into another checkout of the repository still hits.
 */
export class ResultCache {
  private dirty = false;

  private constructor(
    readonly path: string,
    private readonly entries: Record<string, CacheEntry>,
    private readonly config: string,
  ) {}

  /**
   * Opens the cache file; a missing one starts empty, and so does one that
   * is corrupt or from another cache format (with `warn` saying so: a cache
   * is never worth failing a run for).
   */
  static async open(path: string, options: CheckOptions, warn: (message: string) => void): Promise<ResultCache> {
    const config = configKey(options);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`cannot read the cache "${path}" (${code ?? 'unknown error'}); checking every file`);
      return new ResultCache(path, {}, config);
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (isCacheShape(parsed)) return new ResultCache(path, parsed.entries, config);
      warn(`the cache "${path}" is not a cc-check cache of this version; checking every file and starting it again`);
    } catch {
      warn(`the cache "${path}" is corrupt (not valid JSON); checking every file and starting it again`);
    }
    return new ResultCache(path, {}, config);
  }

  private readonly withConfig = new Map<string, string>();

  /**
   * The run's key joined with a file's resolved config (its fingerprint:
   * the settings of every config file that applies, custom rule files and
   * template included), so editing a config checks its files again.
   */
  private configFor(fingerprint: string | undefined): string {
    if (fingerprint === undefined) return this.config;
    let key = this.withConfig.get(fingerprint);
    if (key === undefined) {
      key = hashBytes(Buffer.from(`${this.config}\n${fingerprint}`));
      this.withConfig.set(fingerprint, key);
    }
    return key;
  }

  private key(file: string): string {
    return relative(dirname(this.path), file).split(sep).join('/');
  }

  /** The earlier result for this file, when its bytes, the options and its config (`configFingerprint`) match. */
  get(file: string, contentHash: string, configFingerprint?: string): FileResult | undefined {
    const entry = this.entries[this.key(file)];
    if (!entry || entry.content !== contentHash || entry.config !== this.configFor(configFingerprint)) return undefined;
    // Each entry is read once per run and the caller copies what it changes, so no deep copy is needed.
    return entry.result;
  }

  set(file: string, contentHash: string, result: FileResult, configFingerprint?: string): void {
    this.entries[this.key(file)] = { content: contentHash, config: this.configFor(configFingerprint), result };
    this.dirty = true;
  }

  /** Writes the cache atomically, so an interrupted run never leaves half a file. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const shape: CacheFileShape = { tool: 'cc-check', cacheFormat: CACHE_FORMAT, entries: this.entries };
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, JSON.stringify(shape));
    this.dirty = false;
  }
}
