/**
 * Words of UK council letters that dictionary-en-gb lacks (checked against
 * it): accepted as spelt. Lower case; matched without regard to case.
 */
export const COUNCIL_VOCABULARY: readonly string[] = [
  'flytipping', 'fly-tipping', 'webpage', 'webpages', 'wellbeing', 'advisor', 'advisors', 'reablement', 'rateable',
  'overpayment', 'overpayments', 'underpayment', 'underpayments', 'judgment', 'judgments', 'e-mail', 'e-mails',
  'ordinator', 'ordinators', 'pre', 'signposted', 'signposting', 'walkthrough', 'dropdown', 'eform', 'eforms',
  'homeowner', 'homeowners', 'leaseholder', 'leaseholders', 'freeholder', 'freeholders', 'councillor', 'councillors',
  'ombudsman', 'hmrc', 'dwp', 'gov', 'uk', 'www', 'http', 'https', 'noticeboard', 'noticeboards', 'lettings',
  'cycleway', 'cycleways', 'kerbside', 'recyclable', 'recyclables', 'bulky', 'decant', 'decanted', 'reassessed',
  'subletting', 'sublet', 'barcode', 'barcodes', 'frontline', 'minicom', 'whistleblowing', 'whistleblower', 'mins', 'childminder', 'childminders', 'carers', 'carer', 'landlord', 'landlords',
];

/**
 * US spellings a UK council letter should not use, with the UK form. Only
 * words whose US form is never right in UK English: "program" (computer),
 * "check" (verb), "license" (the verb), "meter" (gas meter), "tire" and
 * "curb" (verbs) are left out because each is correct in some UK sentences.
 */
export const US_TO_UK: Readonly<Record<string, string>> = {
  color: 'colour', colors: 'colours', colored: 'coloured', favor: 'favour', favorable: 'favourable', favorite: 'favourite',
  honor: 'honour', labor: 'labour', neighbor: 'neighbour', neighbors: 'neighbours', neighborhood: 'neighbourhood',
  neighborhoods: 'neighbourhoods', behavior: 'behaviour', behaviors: 'behaviours', humor: 'humour', rumor: 'rumour',
  harbor: 'harbour', odor: 'odour', odors: 'odours', endeavor: 'endeavour', vapor: 'vapour',
  center: 'centre', centers: 'centres', centered: 'centred', theater: 'theatre',
  liter: 'litre', liters: 'litres', fiber: 'fibre', caliber: 'calibre',
  organize: 'organise', organized: 'organised', organizing: 'organising', organization: 'organisation',
  organizations: 'organisations', organizational: 'organisational', realize: 'realise', realized: 'realised',
  recognize: 'recognise', recognized: 'recognised', apologize: 'apologise', apologized: 'apologised',
  prioritize: 'prioritise', prioritized: 'prioritised', authorize: 'authorise', authorized: 'authorised',
  authorization: 'authorisation', finalize: 'finalise', finalized: 'finalised', minimize: 'minimise',
  maximize: 'maximise', emphasize: 'emphasise', summarize: 'summarise', utilize: 'utilise', criticize: 'criticise',
  analyze: 'analyse', analyzed: 'analysed', paralyze: 'paralyse', catalog: 'catalogue', dialog: 'dialogue',
  defense: 'defence', offense: 'offence', pretense: 'pretence', traveled: 'travelled', traveling: 'travelling',
  canceled: 'cancelled', canceling: 'cancelling', labeled: 'labelled', modeling: 'modelling', fulfill: 'fulfil',
  enroll: 'enrol', installment: 'instalment', installments: 'instalments', aluminum: 'aluminium', gray: 'grey',
  jewelry: 'jewellery', plow: 'plough', mold: 'mould', moldy: 'mouldy',
  pediatric: 'paediatric', anemia: 'anaemia', maneuver: 'manoeuvre', skeptical: 'sceptical', cozy: 'cosy',
  pajamas: 'pyjamas', curbside: 'kerbside', acknowledgment: 'acknowledgement', aging: 'ageing',
};

/**
 * Slips whose dictionary suggestion is poor ("dont" → "cont"): the word
 * meant is known, so it is suggested directly.
 */
export const KNOWN_SLIPS: Readonly<Record<string, string>> = {
  dont: 'don’t', didnt: 'didn’t', doesnt: 'doesn’t', isnt: 'isn’t', wasnt: 'wasn’t', arent: 'aren’t', werent: 'weren’t',
  couldnt: 'couldn’t', wouldnt: 'wouldn’t', shouldnt: 'shouldn’t', havent: 'haven’t', hasnt: 'hasn’t', hadnt: 'hadn’t',
  youre: 'you’re', theyre: 'they’re', eg: 'e.g.', ie: 'i.e.', recieve: 'receive', recieved: 'received',
};
