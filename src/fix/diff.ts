import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * A unified diff of a file's text before and after fixing, in the form
 * `git apply` and `patch -p1` read (a/ and b/ prefixes). Empty when nothing
 * changes.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const name = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
