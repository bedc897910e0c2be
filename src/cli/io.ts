/** What the CLI may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `-`). */
  readStdin: () => Promise<Buffer>;
  /** Whether stdout is a colour terminal. */
  isTTY: boolean;
  cwd: string;
  /**
   * Questions on a terminal (`cc-check init`): present only when standard
   * input and output are both a terminal, so a script or a pipe is never asked.
   */
  openPrompt?: () => Prompt;
  /** Environment variables read by the CLI (NO_COLOR, FORCE_COLOR, CC_CHECK_DEBUG); none when absent. */
  env?: Record<string, string | undefined>;
}

/** A question-and-answer session on the terminal. */
export interface Prompt {
  /** The answer; rejects with PromptCancelled when the user ends input (Ctrl+D) or interrupts (Ctrl+C). */
  question(text: string): Promise<string>;
  close(): void;
}

/** The user left a prompt with Ctrl+D (`interrupted` false) or Ctrl+C (true). */
export class PromptCancelled extends Error {
  constructor(readonly interrupted: boolean) {
    super(interrupted ? 'interrupted' : 'input ended');
    this.name = 'PromptCancelled';
  }
}
