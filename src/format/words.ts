/** "1 finding", "3 findings": every report counts things the same way. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
