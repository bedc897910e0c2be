/** What the CLI may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `-`). */
  readStdin: () => Promise<Buffer>;
  /** Whether stdout is a colour terminal. */
  isTTY: boolean;
  cwd: string;
  /** Environment variables read by the CLI (NO_COLOR, FORCE_COLOR, CC_CHECK_DEBUG); none when absent. */
  env?: Record<string, string | undefined>;
}
