/** Short, realistic council letters for the CLI tests (the line numbers below are relied on). */

export const MISMATCHED_LETTER = `Folkestone and Hythe District Council
Civic Centre, Castle Hill Avenue, Folkestone CT20 2QY

Our reference: CTR/2026/1187

12 March 2026

Mrs A Patel
14 Harbour Way
Folkestone CT20 1QT

Dear Mrs Patel

Council Tax Reduction

Thank you for your application for Council Tax Reduction. We have worked out your reduction and your new bill is enclosed.

If you think we have made a mistake, please call Sam Carter on 01303 853000 by 2 April 2026.

Yours faithfully

Sam Carter
Revenues Officer
`;

/** The line of "Yours faithfully" in MISMATCHED_LETTER. */
export const MISMATCHED_SIGNOFF_LINE = 20;

export const CLEAN_LETTER = MISMATCHED_LETTER.replace('Yours faithfully', 'Yours sincerely');

/** Two "utilise" (warnings) and one "in due course" (info), no error. */
export const WORDY_LETTER = `Dear Mr Okafor

Repairs to your kitchen

We will utilise the information you gave us to book the repair. Our contractor will contact you in due course to arrange a visit.

We utilised the same contractor last year and they did good work.

Yours sincerely

Sam Carter
Repairs Officer
`;
