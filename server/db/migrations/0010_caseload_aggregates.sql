CREATE TABLE "flagged_week_counts" (
	"clinic_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"therapist_id" uuid NOT NULL,
	"diagnosis" text NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "flagged_week_counts_clinic_id_week_start_therapist_id_diagnosis_status_pk" PRIMARY KEY("clinic_id","week_start","therapist_id","diagnosis","status")
);
--> statement-breakpoint
CREATE TABLE "flagged_weeks_stale" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patient_day_counts" (
	"clinic_id" uuid NOT NULL,
	"event" text NOT NULL,
	"day" date NOT NULL,
	"therapist_id" uuid NOT NULL,
	"diagnosis" text NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "patient_day_counts_clinic_id_event_day_therapist_id_diagnosis_status_pk" PRIMARY KEY("clinic_id","event","day","therapist_id","diagnosis","status")
);
--> statement-breakpoint
CREATE TABLE "patient_flagged_weeks" (
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"therapist_id" uuid NOT NULL,
	"diagnosis" text NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "patient_flagged_weeks_patient_id_week_start_pk" PRIMARY KEY("patient_id","week_start")
);
--> statement-breakpoint
CREATE TABLE "program_last_saves" (
	"clinic_id" uuid NOT NULL,
	"status" text NOT NULL,
	"saved_on" date NOT NULL,
	"therapist_id" uuid NOT NULL,
	"diagnosis" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "program_last_saves_clinic_id_status_saved_on_therapist_id_diagnosis_pk" PRIMARY KEY("clinic_id","status","saved_on","therapist_id","diagnosis")
);
--> statement-breakpoint
DROP INDEX "patients_caseload_intake_idx";--> statement-breakpoint
DROP INDEX "patients_caseload_discharge_idx";--> statement-breakpoint
DROP INDEX "program_versions_caseload_idx";--> statement-breakpoint
DROP INDEX "runs_caseload_date_idx";--> statement-breakpoint
ALTER TABLE "patient_flagged_weeks" ADD CONSTRAINT "patient_flagged_weeks_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Written by hand below drizzle-kit's tables: the triggers that queue a patient for server/caseload/
-- flagged-weeks.ts whenever what their flags are computed from changes (runs, the running plan, the distance
-- unit), in the writing transaction; and every patient with runs queued once, so the weeks are computed for the
-- log that exists already. Statement triggers with transition tables: an import of thousands of runs queues
-- each patient once.
CREATE FUNCTION "flagged_weeks_stale_from_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "flagged_weeks_stale" ("patient_id", "clinic_id")
      SELECT DISTINCT "patient_id", "clinic_id" FROM "added_rows" ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "flagged_weeks_stale" ("patient_id", "clinic_id")
      SELECT DISTINCT "patient_id", "clinic_id" FROM "removed_rows" ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "runs_flagged_weeks_on_insert" AFTER INSERT ON "runs"
  REFERENCING NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_rows"();--> statement-breakpoint
CREATE TRIGGER "runs_flagged_weeks_on_update" AFTER UPDATE ON "runs"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_rows"();--> statement-breakpoint
CREATE TRIGGER "runs_flagged_weeks_on_delete" AFTER DELETE ON "runs"
  REFERENCING OLD TABLE AS "removed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_rows"();--> statement-breakpoint
CREATE TRIGGER "running_plans_flagged_weeks_on_insert" AFTER INSERT ON "running_plans"
  REFERENCING NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_rows"();--> statement-breakpoint
CREATE TRIGGER "running_plans_flagged_weeks_on_update" AFTER UPDATE ON "running_plans"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_rows"();--> statement-breakpoint
CREATE TRIGGER "running_plans_flagged_weeks_on_delete" AFTER DELETE ON "running_plans"
  REFERENCING OLD TABLE AS "removed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_rows"();--> statement-breakpoint
CREATE FUNCTION "flagged_weeks_stale_from_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "flagged_weeks_stale" ("patient_id", "clinic_id")
    SELECT n."id", n."clinic_id" FROM "removed_rows" o JOIN "added_rows" n ON n."id" = o."id"
    WHERE o."distance_unit" IS DISTINCT FROM n."distance_unit"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "patients_flagged_weeks_on_update" AFTER UPDATE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_weeks_stale_from_unit"();--> statement-breakpoint
INSERT INTO "flagged_weeks_stale" ("patient_id", "clinic_id")
  SELECT DISTINCT "patient_id", "clinic_id" FROM "runs" ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- patient_day_counts: one intake row per patient (its start date) and one discharge row once discharged, moved
-- by every insert, delete and update of patients. On update each changed row counts -1 under its old key and +1
-- under its new one; unchanged rows cancel out, so a name edit writes nothing.
CREATE FUNCTION "patient_day_counts_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "patient_day_counts" AS c ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status", "n")
      SELECT "clinic_id", e."event", e."day", "therapist_id", "diagnosis", "status", count(*)
      FROM "added_rows" r CROSS JOIN LATERAL (VALUES ('intake', r."start_date"), ('discharge', r."discharged_on")) AS e("event", "day")
      WHERE e."day" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status") DO UPDATE SET "n" = c."n" + excluded."n";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "patient_day_counts" AS c ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status", "n")
      SELECT "clinic_id", e."event", e."day", "therapist_id", "diagnosis", "status", -count(*)
      FROM "removed_rows" r CROSS JOIN LATERAL (VALUES ('intake', r."start_date"), ('discharge', r."discharged_on")) AS e("event", "day")
      WHERE e."day" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status") DO UPDATE SET "n" = c."n" + excluded."n";
  ELSE
    INSERT INTO "patient_day_counts" AS c ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status", "n")
      SELECT "clinic_id", "event", "day", "therapist_id", "diagnosis", "status", sum("d") FROM (
        SELECT r."clinic_id", e."event", e."day", r."therapist_id", r."diagnosis", r."status", -1 AS "d"
          FROM "removed_rows" r CROSS JOIN LATERAL (VALUES ('intake', r."start_date"), ('discharge', r."discharged_on")) AS e("event", "day")
          WHERE e."day" IS NOT NULL
        UNION ALL
        SELECT r."clinic_id", e."event", e."day", r."therapist_id", r."diagnosis", r."status", 1
          FROM "added_rows" r CROSS JOIN LATERAL (VALUES ('intake', r."start_date"), ('discharge', r."discharged_on")) AS e("event", "day")
          WHERE e."day" IS NOT NULL
      ) AS moved GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum("d") <> 0
    ON CONFLICT ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status") DO UPDATE SET "n" = c."n" + excluded."n";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "patient_day_counts_on_insert" AFTER INSERT ON "patients"
  REFERENCING NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_day_counts_change"();--> statement-breakpoint
CREATE TRIGGER "patient_day_counts_on_delete" AFTER DELETE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_day_counts_change"();--> statement-breakpoint
CREATE TRIGGER "patient_day_counts_on_update" AFTER UPDATE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_day_counts_change"();--> statement-breakpoint
INSERT INTO "patient_day_counts" ("clinic_id", "event", "day", "therapist_id", "diagnosis", "status", "n")
  SELECT "clinic_id", e."event", e."day", "therapist_id", "diagnosis", "status", count(*)
  FROM "patients" r CROSS JOIN LATERAL (VALUES ('intake', r."start_date"), ('discharge', r."discharged_on")) AS e("event", "day")
  WHERE e."day" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6;--> statement-breakpoint
-- patient_flagged_weeks carries its patient's therapist, diagnosis and status; this follows a change of them.
CREATE FUNCTION "patient_flagged_weeks_follow_patient"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "patient_flagged_weeks" AS w SET "therapist_id" = n."therapist_id", "diagnosis" = n."diagnosis", "status" = n."status"
    FROM "removed_rows" o JOIN "added_rows" n ON n."id" = o."id"
    WHERE w."patient_id" = n."id"
      AND (o."therapist_id", o."diagnosis", o."status") IS DISTINCT FROM (n."therapist_id", n."diagnosis", n."status");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "patient_flagged_weeks_on_patient_update" AFTER UPDATE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_flagged_weeks_follow_patient"();--> statement-breakpoint
-- flagged_week_counts: the rows of patient_flagged_weeks counted per clinic, week, therapist, diagnosis and
-- status, moved by every insert, delete (a patient's own, or with the patient) and update of them.
CREATE FUNCTION "flagged_week_counts_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "flagged_week_counts" AS c ("clinic_id", "week_start", "therapist_id", "diagnosis", "status", "n")
      SELECT "clinic_id", "week_start", "therapist_id", "diagnosis", "status", count(*) FROM "added_rows" GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT ("clinic_id", "week_start", "therapist_id", "diagnosis", "status") DO UPDATE SET "n" = c."n" + excluded."n";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "flagged_week_counts" AS c ("clinic_id", "week_start", "therapist_id", "diagnosis", "status", "n")
      SELECT "clinic_id", "week_start", "therapist_id", "diagnosis", "status", -count(*) FROM "removed_rows" GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT ("clinic_id", "week_start", "therapist_id", "diagnosis", "status") DO UPDATE SET "n" = c."n" + excluded."n";
  ELSE
    INSERT INTO "flagged_week_counts" AS c ("clinic_id", "week_start", "therapist_id", "diagnosis", "status", "n")
      SELECT "clinic_id", "week_start", "therapist_id", "diagnosis", "status", sum("d") FROM (
        SELECT "clinic_id", "week_start", "therapist_id", "diagnosis", "status", -1 AS "d" FROM "removed_rows"
        UNION ALL
        SELECT "clinic_id", "week_start", "therapist_id", "diagnosis", "status", 1 FROM "added_rows"
      ) AS moved GROUP BY 1, 2, 3, 4, 5 HAVING sum("d") <> 0
    ON CONFLICT ("clinic_id", "week_start", "therapist_id", "diagnosis", "status") DO UPDATE SET "n" = c."n" + excluded."n";
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "flagged_week_counts_on_insert" AFTER INSERT ON "patient_flagged_weeks"
  REFERENCING NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_week_counts_change"();--> statement-breakpoint
CREATE TRIGGER "flagged_week_counts_on_delete" AFTER DELETE ON "patient_flagged_weeks"
  REFERENCING OLD TABLE AS "removed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_week_counts_change"();--> statement-breakpoint
CREATE TRIGGER "flagged_week_counts_on_update" AFTER UPDATE ON "patient_flagged_weeks"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "flagged_week_counts_change"();
--> statement-breakpoint
-- program_last_saves: each patient with a program counted once, on the day (UTC) of their latest version, under
-- their therapist, diagnosis and status. Versions are append-only, so a save moves the patient from the day of
-- their latest version before the statement to the latest after it.
CREATE FUNCTION "program_last_saves_on_save"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "program_last_saves" AS c ("clinic_id", "status", "saved_on", "therapist_id", "diagnosis", "n")
    SELECT p."clinic_id", p."status", m."saved_on", p."therapist_id", p."diagnosis", sum(m."d")
    FROM (
      SELECT a."patient_id", (
          SELECT max(v."saved_at" AT TIME ZONE 'UTC')::date FROM "program_versions" v
          WHERE v."patient_id" = a."patient_id" AND v."id" NOT IN (SELECT "id" FROM "added_rows")
        ) AS "saved_on", -1 AS "d"
        FROM (SELECT DISTINCT "patient_id" FROM "added_rows") a
      UNION ALL
      SELECT a."patient_id", (
          SELECT max(v."saved_at" AT TIME ZONE 'UTC')::date FROM "program_versions" v WHERE v."patient_id" = a."patient_id"
        ), 1
        FROM (SELECT DISTINCT "patient_id" FROM "added_rows") a
    ) m JOIN "patients" p ON p."id" = m."patient_id"
    WHERE m."saved_on" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(m."d") <> 0
  ON CONFLICT ("clinic_id", "status", "saved_on", "therapist_id", "diagnosis") DO UPDATE SET "n" = c."n" + excluded."n";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "program_last_saves_on_insert" AFTER INSERT ON "program_versions"
  REFERENCING NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "program_last_saves_on_save"();--> statement-breakpoint
CREATE FUNCTION "program_last_saves_follow_patient"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "program_last_saves" AS c ("clinic_id", "status", "saved_on", "therapist_id", "diagnosis", "n")
    SELECT "clinic_id", "status", "saved_on", "therapist_id", "diagnosis", sum("d") FROM (
      SELECT k."clinic_id", k."status", l."saved_on", k."therapist_id", k."diagnosis", k."d"
      FROM (
        SELECT o."id", o."clinic_id", o."status", o."therapist_id", o."diagnosis", -1 AS "d"
          FROM "removed_rows" o JOIN "added_rows" n ON n."id" = o."id"
          WHERE (o."therapist_id", o."diagnosis", o."status") IS DISTINCT FROM (n."therapist_id", n."diagnosis", n."status")
        UNION ALL
        SELECT n."id", n."clinic_id", n."status", n."therapist_id", n."diagnosis", 1
          FROM "removed_rows" o JOIN "added_rows" n ON n."id" = o."id"
          WHERE (o."therapist_id", o."diagnosis", o."status") IS DISTINCT FROM (n."therapist_id", n."diagnosis", n."status")
      ) k CROSS JOIN LATERAL (
        SELECT max(v."saved_at" AT TIME ZONE 'UTC')::date AS "saved_on" FROM "program_versions" v WHERE v."patient_id" = k."id"
      ) l
      WHERE l."saved_on" IS NOT NULL
    ) AS moved GROUP BY 1, 2, 3, 4, 5 HAVING sum("d") <> 0
  ON CONFLICT ("clinic_id", "status", "saved_on", "therapist_id", "diagnosis") DO UPDATE SET "n" = c."n" + excluded."n";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "program_last_saves_on_patient_update" AFTER UPDATE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "program_last_saves_follow_patient"();--> statement-breakpoint
INSERT INTO "program_last_saves" ("clinic_id", "status", "saved_on", "therapist_id", "diagnosis", "n")
  SELECT p."clinic_id", p."status", l."saved_on", p."therapist_id", p."diagnosis", count(*)
  FROM (SELECT "patient_id", max("saved_at" AT TIME ZONE 'UTC')::date AS "saved_on" FROM "program_versions" GROUP BY 1) l
  JOIN "patients" p ON p."id" = l."patient_id"
  WHERE l."saved_on" IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
