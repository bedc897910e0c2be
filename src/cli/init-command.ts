/** `cc-check init`: writes a commented starter .cc-checkrc.yml in the current folder. */
import { join } from 'node:path';
import { configFilesIn } from '../config/load.js';
import { EMAIL_DOMAIN } from '../config/schema.js';
import { STARTER_FILE, starterConfig, type StarterAnswers } from '../config/starter.js';
import { writeFileAtomic } from '../fix/atomic-write.js';
import { PromptCancelled, type CliIo, type Prompt } from './io.js';

export interface InitOptions {
  yes?: boolean;
  force?: boolean;
}

/** Asks the organisation's name and email domains; a blank answer keeps the commented example. */
async function ask(prompt: Prompt, io: CliIo): Promise<StarterAnswers> {
  try {
    const organisation = (await prompt.question('Organisation name (e.g. Shepway District Council; Enter to skip): ')).trim();
    let emailDomains: string[] = [];
    for (;;) {
      const answer = await prompt.question('Email domains that count as internal, separated by commas (e.g. shepway.gov.uk; Enter to skip): ');
      const domains = answer.split(/[\s,;]+/).map((d) => d.trim().replace(/^@/, '').toLowerCase()).filter(Boolean);
      const wrong = domains.filter((d) => !EMAIL_DOMAIN.test(d));
      if (wrong.length === 0) {
        emailDomains = domains;
        break;
      }
      io.stderr(`cc-check: "${wrong[0]}" is not a domain such as shepway.gov.uk; try again\n`);
    }
    return { organisation: organisation || undefined, emailDomains };
  } finally {
    prompt.close();
  }
}

export async function runInit(options: InitOptions, io: CliIo): Promise<number> {
  const target = join(io.cwd, STARTER_FILE);
  const existing = configFilesIn(io.cwd);
  if (existing.length > 0 && !options.force) {
    io.stderr(`cc-check: this folder already has a config (${existing.join(', ')}); run cc-check init --force to write ${STARTER_FILE} anyway\n`);
    return 2;
  }
  // Questions only on a terminal, and never with --yes: a script gets the defaults.
  let answers: StarterAnswers = {};
  try {
    if (!options.yes && io.openPrompt) answers = await ask(io.openPrompt(), io);
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    io.stderr('cc-check: init cancelled: nothing written\n');
    // 130 is what a shell reports for a command stopped by Ctrl+C (SIGINT).
    return error.interrupted ? 130 : 2;
  }
  try {
    await writeFileAtomic(target, starterConfig(answers));
  } catch (error) {
    io.stderr(`cc-check: cannot write ${STARTER_FILE} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  io.stdout(`Wrote ${STARTER_FILE}: every setting in it is explained; edit it, then run cc-check on your letters.\n`);
  // cosmiconfig reads package.json's "cc-check" key before .cc-checkrc.yml.
  if (existing.includes('package.json')) io.stderr(`cc-check: warning: package.json's "cc-check" key is read before ${STARTER_FILE}; remove the key so the new file is used\n`);
  return 0;
}
