/**
 * Words retext-simplify flags that are ordinary, plain usage in UK council
 * letters. Flagging them would bury the real findings.
 */
export const SIMPLIFY_IGNORE: string[] = [
  'request', 'requested', 'provide', 'provided', 'however', 'additional', 'contact', 'receive', 'received',
  'require', 'required', 'requirement', 'requirements', 'assist', 'assistance', 'information', 'whether',
  'appropriate', 'approximately', 'accordingly', 'sufficient', 'submit', 'purchase', 'type', 'similar',
  'number', 'equivalent', 'function', 'method', 'multiple', 'necessary', 'option', 'initial', 'objective',
  'obtain', 'component', 'it is', 'there are', 'there is', 'therefore', 'thus', 'indicate', 'complete',
  'identify', 'individual', 'maximum', 'minimum', 'modify', 'monitor', 'notify', 'permit', 'portion',
  'possess', 'previous', 'prior', 'process', 'promptly', 'remain', 'reside', 'selection', 'shall', 'state',
  'subsequent', 'sufficiently', 'transmit', 'validate', 'and/or', 'forward', 'presently', 'close proximity',
  'expiration', 'maintain', 'delete', 'adjustment', 'impact', 'implement', 'ensure', 'benefit',
];
