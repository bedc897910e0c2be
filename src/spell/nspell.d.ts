// nspell ships no types; only what cc-check calls is declared.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
  }
  export default function nspell(aff: Uint8Array | string, dic?: Uint8Array | string): NSpell;
}
