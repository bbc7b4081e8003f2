/** The demo clinic's logins, seeded by the server when its database is empty (README lists them). */
export const demoPassword = 'stride-demo';
export const demoLogins = {
  manager: 'manager@demo.test',
  therapist1: 'therapist1@demo.test',
  therapist2: 'therapist2@demo.test',
  therapist3: 'therapist3@demo.test',
} as const;
