CREATE TABLE "flagged_weeks_stale" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patient_flagged_weeks" (
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	CONSTRAINT "patient_flagged_weeks_patient_id_week_start_pk" PRIMARY KEY("patient_id","week_start")
);
--> statement-breakpoint
DROP INDEX "runs_caseload_date_idx";--> statement-breakpoint
ALTER TABLE "patient_flagged_weeks" ADD CONSTRAINT "patient_flagged_weeks_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patient_flagged_weeks_clinic_week_idx" ON "patient_flagged_weeks" USING btree ("clinic_id","week_start","patient_id");--> statement-breakpoint
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
