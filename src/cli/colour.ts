import type { ColorSupportLevel } from 'chalk';

/**
 * The colour level for the report: `--no-color` wins, then FORCE_COLOR
 * (which, as in Node itself, beats NO_COLOR), then NO_COLOR, then colour
 * only when stdout is a terminal.
 */
export function colourLevel(colorFlag: boolean, env: Record<string, string | undefined>, isTTY: boolean): ColorSupportLevel {
  if (!colorFlag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? 1 : 0;
}
