import { buildApp } from '../app';
import { openTestDatabase } from './support/test-database';

describe('buildApp and its database', () => {
  it('closes the database it owns when the app closes', async () => {
    const database = await openTestDatabase();
    const app = buildApp({ config: { sessionIdleMinutes: 30 }, database });
    await app.ready();
    await app.close();
    await expectAsync(database.ping()).toBeRejected();
  }, 60_000);

  it('leaves a database it was lent open', async () => {
    const database = await openTestDatabase();
    try {
      const app = buildApp({ config: { sessionIdleMinutes: 30 }, database, ownsDatabase: false });
      await app.ready();
      await app.close();
      await expectAsync(database.ping()).toBeResolved();
    } finally {
      await database.close();
    }
  }, 60_000);
});
