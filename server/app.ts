import cookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { apiPrefix } from './api-path';
import { authRoutes } from './auth/routes';
import { caseloadRoutes } from './caseload/routes';
import { clinicRoutes } from './clinics/routes';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { exerciseRoutes } from './exercises/routes';
import { handoutRoutes } from './handouts/routes';
import { chromiumPrinter, defaultChromiumPath, type PdfPrinter } from './handouts/pdf-printer';
import { healthRoutes } from './health/routes';
import { dbPlugin } from './plugins/db';
import { errorHandler } from './plugins/error-handler';
import { originCheck } from './plugins/origin-check';
import { repositoriesPlugin } from './plugins/repositories';
import { securityHeaders } from './plugins/security-headers';
import { sessionPlugin } from './plugins/session';
import { patientRoutes } from './patients/routes';
import { crossTrainingRoutes } from './cross-training/routes';
import { programRoutes, templateRoutes } from './programs/routes';
import { runningRoutes } from './running/routes';
import { teamRoutes, therapistRoutes } from './team/routes';

/** The part of the configuration the API itself uses. */
export type AppConfig = Pick<Config, 'sessionIdleMinutes'>;

export interface AppOptions {
  config: AppConfig;
  /** An open, migrated database. */
  database: DatabaseHandle;
  /**
   * Close the database when the app closes (default true: the server process hands it over). Specs that
   * build several apps on one suite database pass false and close it themselves.
   */
  ownsDatabase?: boolean;
  /** The clock for sessions, throttling and audit times; specs pass a fake one. */
  now?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Prints handout PDFs; the system's Chromium unless a spec passes another. Closed with the app. */
  pdfPrinter?: PdfPrinter;
}

/**
 * The Stride Rx API under /api, not yet listening: call `listen()`, or `inject()` in specs. Serving the
 * SPA is the caller's choice (main.ts registers plugins/spa.ts).
 */
export function buildApp({
  config,
  database,
  ownsDatabase = true,
  now = systemClock,
  logger = false,
  pdfPrinter = chromiumPrinter(defaultChromiumPath),
}: AppOptions) {
  // trustProxy stays off: Stride Rx is reached directly, so the client address (audit log, sign-in throttle)
  // and the protocol (Secure cookie, HSTS, origin check) come from the socket and cannot be forged with
  // X-Forwarded-* headers. Behind a reverse proxy, set trustProxy to that proxy's address only.
  const app = Fastify({ logger, trustProxy: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.register(securityHeaders);
  app.register(errorHandler);
  app.register(cookie);
  app.register(dbPlugin, { database, closeOnAppClose: ownsDatabase });
  app.register(repositoriesPlugin, { now });
  app.register(sessionPlugin, { idleMinutes: config.sessionIdleMinutes, now });

  app.register(
    async (api) => {
      api.register(originCheck);
      api.register(healthRoutes);
      api.register(authRoutes, { prefix: '/auth', now });
      api.register(clinicRoutes, { prefix: '/clinic' });
      api.register(teamRoutes, { prefix: '/team' });
      api.register(therapistRoutes, { prefix: '/therapists' });
      api.register(patientRoutes, { prefix: '/patients' });
      api.register(runningRoutes, { prefix: '/patients' });
      api.register(programRoutes, { prefix: '/patients' });
      api.register(crossTrainingRoutes, { prefix: '/patients' });
      api.register(handoutRoutes, { prefix: '/patients', now, printer: pdfPrinter });
      api.register(exerciseRoutes, { prefix: '/exercises' });
      api.register(templateRoutes, { prefix: '/templates' });
      api.register(caseloadRoutes, { prefix: '/caseload' });
    },
    { prefix: apiPrefix },
  );
  app.addHook('onClose', () => pdfPrinter.close());
  return app;
}

export type App = ReturnType<typeof buildApp>;
