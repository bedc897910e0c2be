import { buildDocx, paragraph, run, table, textBox } from './docx-helpers.js';

/**
 * A council tax letter written in Word: a bold letterhead in the header,
 * formatting that changes mid-sentence, a references table and a text box,
 * with wording that breaks the plain-language and sign-off rules.
 */
export function councilTaxLetter(): Buffer {
  return buildDocx(
    paragraph(run('Mrs Anita Patel')) +
      paragraph(run('14 Willow Close')) +
      paragraph(run('Eastbrook EB4 7QT')) +
      paragraph(run('3 March 2026')) +
      table(paragraph(run('Our ref:')), paragraph(run('CT/118, issued pursuant to your application'))) +
      paragraph(run('Dear Mrs Patel')) +
      paragraph(run('Your Council Tax bill for 2026', '<w:b/>')) +
      paragraph(
        run('Thank you for your letter of 12 February 2026. '),
        run('We will utilise your meter reading', '<w:b/>'),
        run(' to check your bill, and we will reply within 10 working days.', '<w:i/>'),
        textBox(paragraph(run('Please utilise the enclosed form to tell us about any change.'))),
      ) +
      paragraph(run('We have looked at your account in order'), run(' to work out the discount you can have.', '<w:b/><w:color w:val="1F3864"/>')) +
      paragraph(run('If you have any questions, please call Sam Jones on 01632 960 418.')) +
      paragraph(run('Yours Sincerely')) +
      paragraph(run('Sam Jones')) +
      paragraph(run('Revenues Officer')),
    paragraph(run('Eastbrook District Council', '<w:b/>')),
  );
}
