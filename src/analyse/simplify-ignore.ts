/**
 * Words and phrases of retext-simplify that are ordinary, plain usage in UK
 * council letters (or names of things: Housing Benefit, a parking permit, a
 * Liaison Officer, an arrest warrant). Flagging them would bury the real
 * findings. Phrases our own lists cover are not here: plain/waffle drops
 * retext-simplify's report wherever one of our lists already matched.
 */
export const SIMPLIFY_IGNORE: string[] = [
  // Ordinary words in letters.
  'request', 'requested', 'provide', 'provided', 'however', 'additional', 'contact', 'receive', 'received',
  'require', 'required', 'requirement', 'requirements', 'assist', 'assistance', 'information', 'whether',
  'appropriate', 'approximately', 'approximate', 'accordingly', 'sufficient', 'submit', 'purchase', 'type', 'similar',
  'number', 'equivalent', 'function', 'method', 'multiple', 'necessary', 'option', 'initial', 'objective',
  'obtain', 'component', 'indicate', 'complete', 'identify', 'individual', 'maximum', 'minimum', 'modify',
  'monitor', 'notify', 'permit', 'portion', 'possess', 'previous', 'previously', 'prior', 'process', 'promptly',
  'remain', 'selection', 'shall', 'state', 'subsequent', 'subsequently', 'sufficiently', 'transmit', 'validate',
  'forward', 'presently', 'expiration', 'maintain', 'delete', 'adjustment', 'impact', 'implement', 'ensure',
  'benefit', 'benefit from', 'accompany', 'accurate', 'address', 'advise', 'alternatively', 'apparent', 'attempt',
  'authorise', 'authorize', 'capability', 'combined', 'comply with', 'concerning', 'consequently', 'contains',
  'currently', 'desire', 'determine', 'disclose', 'economical', 'effect', 'elect', 'eliminate', 'employ',
  'encounter', 'equitable', 'establish', 'evaluate', 'evident', 'exclusively', 'exhibit', 'expertise', 'feasible',
  'forfeit', 'frequently', 'identical', 'immediately', 'indication', 'interface', 'literally', 'minimise',
  'minimize', 'nevertheless', 'observe', 'operate', 'overall', 'participate', 'perform', 'proceed', 'proficiency',
  'reflect', 'regarding', 'relocate', 'remainder', 'represents', 'residence', 'retain', 'satisfy', 'substantial',
  'timely', 'very', 'viable', 'vice', 'warrant', 'witnessed', 'acquire', 'comprise', 'consolidate', 'liaison',
  'prioritise', 'prioritize', 'reside', 'therefore', 'thus',
  // Ordinary phrases.
  'it is', 'there are', 'there is', 'and/or', 'close proximity', 'in addition', 'in between', 'is responsible for',
  'it is essential', 'not certain', 'not many', 'not often', 'not unless', 'not unlike', 'on the contrary',
  'on the other hand', 'provided that', 'similar to', 'all of', 'failed to', 'has no effect', 'limited number',
  'put simply', 'took advantage of', 'the use of', 'at this time', 'your office',
  // Kind wording in bereavement letters.
  'pass away',
  // Military and US usage that never occurs in a council letter but can misfire.
  'aircraft', 'combat environment', 'arrive onboard', 'females',
];
