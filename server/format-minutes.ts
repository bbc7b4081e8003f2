/** "1 minute", "15 minutes", "0.05 minutes": for messages that tell people how long something lasts. */
export function formatMinutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}
