import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/**
 * PGlite runs PostgreSQL inside this process and does not lock its folder: a second process opening it
 * (a second server, or `npm run user:create` while the server runs) would corrupt it. A lock file holding
 * our pid stops that; a lock left by a process that no longer exists is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `The database is in use by another Stride Rx process (pid ${pid}). PGlite allows one process at a time: ` +
        `stop the server first. If no server is running, delete ${lockFile}.`,
    );
  }
}

/** Takes the lock or throws DataDirLockedError. Returns the function that releases it. */
export function lockDataDir(lockFile: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => unlinkSync(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (isRunning(holder)) throw new DataDirLockedError(lockFile, holder);
      unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not take the database lock ${lockFile}.`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
