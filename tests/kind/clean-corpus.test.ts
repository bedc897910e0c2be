import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

/** The rules of this part of issue 3. */
const KIND_RULES = [
  'correspondence/date',
  'correspondence/timescale',
  'correspondence/acknowledgement',
  'correspondence/refusal-explained',
  'correspondence/complaint-escalation',
  'correspondence/visit-appointment',
  'correspondence/change-notice',
];

const CLEAN = [
  ...readdirSync('fixtures/letters').filter((f) => f.endsWith('-clean.txt')).map((f) => `fixtures/letters/${f}`),
  'fixtures/docx/council-tax-reduction.docx',
  ...['acknowledgement-clean', 'change-notice-clean', 'complaint-response-clean', 'refusal-clean', 'visit-appointment-clean', 'letter-direct-debit', 'letter-with-timescale', 'leaflet-garden-waste', 'out-of-office-annual-leave'].map((n) => `fixtures/kinds/${n}.txt`),
];

describe('well-written letters get no warning or error from the kind rules', () => {
  it('covers every shipped clean letter', () => {
    expect(CLEAN.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CLEAN)('%s', async (path) => {
    const report = await check(path, { only: KIND_RULES });
    const file = report.files[0]!;
    expect(file.error).toBeNull();
    expect(file.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

/** Each deficient fixture and exactly what the kind rules must say about it. */
const DEFICIENT: Record<string, string[]> = {
  'acknowledgement-no-contact.txt': ['correspondence/acknowledgement:noContact'],
  'acknowledgement-no-details.txt': ['correspondence/acknowledgement:noProgress', 'correspondence/acknowledgement:noReason', 'correspondence/acknowledgement:noContact', 'correspondence/acknowledgement:noTimescale'],
  'change-notice-missing-details.txt': ['correspondence/change-notice:noWhen', 'correspondence/change-notice:noWhy', 'correspondence/change-notice:noAction', 'correspondence/change-notice:noContact'],
  'complaint-response-no-escalation.txt': ['correspondence/complaint-escalation:noEscalation'],
  'letter-ambiguous-date.txt': ['correspondence/date:ambiguous'],
  'letter-no-timescale.txt': ['correspondence/timescale:noTimescale', 'correspondence/timescale:noTimescale'],
  'letter-undated.txt': ['correspondence/date:missing'],
  'letter-us-date.txt': ['correspondence/date:usOrder'],
  'refusal-no-options.txt': ['correspondence/refusal-explained:noOptions'],
  'refusal-no-reason.txt': ['correspondence/refusal-explained:noReason', 'correspondence/refusal-explained:noOptions'],
  'template-council-tax-reminder.txt': [],
  'visit-appointment-missing-details.txt': ['noDateTime', 'noPurpose', 'noOfficer', 'noBadge', 'noPassword', 'noRearrange'].map((m) => `correspondence/visit-appointment:${m}`),
  'visit-appointment-no-password.txt': ['correspondence/visit-appointment:noPassword'],
};

describe('deficient letters get exactly their findings', () => {
  it.each(Object.entries(DEFICIENT))('%s', async (name, expected) => {
    const report = await check(`fixtures/kinds/${name}`, { only: KIND_RULES });
    expect(report.files[0]!.findings.map((f) => `${f.ruleId}:${f.messageId}`)).toEqual(expected);
  });
});
