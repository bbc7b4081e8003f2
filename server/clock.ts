/** Where the server gets the time. Injected so specs can move it forward (idle sessions, sign-in throttling). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
