-- Moved by hand above the tables: running_plans_patient_clinic_fk and runs_patient_clinic_fk need this key, and
-- drizzle-kit wrote it last.
ALTER TABLE "patients" ADD CONSTRAINT "patients_id_clinic_id_key" UNIQUE("id","clinic_id");--> statement-breakpoint
CREATE TABLE "running_plan_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "running_plan_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"settings" jsonb,
	"weeks" jsonb,
	"start_date" date,
	"start_level" integer,
	"version" integer NOT NULL,
	"summary" text NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "running_plan_versions_plan_version_key" UNIQUE("plan_id","version"),
	CONSTRAINT "running_plan_versions_kind_check" CHECK ("running_plan_versions"."kind" in ('mileage', 'walk-jog')),
	CONSTRAINT "running_plan_versions_shape_check" CHECK (("running_plan_versions"."kind" = 'mileage' and "running_plan_versions"."settings" is not null and "running_plan_versions"."weeks" is not null and "running_plan_versions"."start_date" is null and "running_plan_versions"."start_level" is null) or ("running_plan_versions"."kind" = 'walk-jog' and "running_plan_versions"."settings" is null and "running_plan_versions"."weeks" is null and "running_plan_versions"."start_date" is not null and "running_plan_versions"."start_level" between 1 and 8)),
	CONSTRAINT "running_plan_versions_version_check" CHECK ("running_plan_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "running_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"settings" jsonb,
	"weeks" jsonb,
	"start_date" date,
	"start_level" integer,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "running_plans_patient_id_key" UNIQUE("patient_id"),
	CONSTRAINT "running_plans_kind_check" CHECK ("running_plans"."kind" in ('mileage', 'walk-jog')),
	CONSTRAINT "running_plans_shape_check" CHECK (("running_plans"."kind" = 'mileage' and "running_plans"."settings" is not null and "running_plans"."weeks" is not null and "running_plans"."start_date" is null and "running_plans"."start_level" is null) or ("running_plans"."kind" = 'walk-jog' and "running_plans"."settings" is null and "running_plans"."weeks" is null and "running_plans"."start_date" is not null and "running_plans"."start_level" between 1 and 8)),
	CONSTRAINT "running_plans_version_check" CHECK ("running_plans"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"date" date NOT NULL,
	"distance_m" integer NOT NULL,
	"duration_minutes" integer,
	"pain_during" integer NOT NULL,
	"pain_next_morning" integer,
	"notes" text,
	"walk_jog" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "runs_distance_check" CHECK ("runs"."distance_m" >= 0),
	CONSTRAINT "runs_pain_during_check" CHECK ("runs"."pain_during" between 0 and 10),
	CONSTRAINT "runs_pain_next_morning_check" CHECK ("runs"."pain_next_morning" is null or "runs"."pain_next_morning" between 0 and 10),
	CONSTRAINT "runs_duration_check" CHECK ("runs"."duration_minutes" is null or "runs"."duration_minutes" between 1 and 1440),
	CONSTRAINT "runs_version_check" CHECK ("runs"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "running_plan_versions" ADD CONSTRAINT "running_plan_versions_plan_id_running_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."running_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "running_plan_versions" ADD CONSTRAINT "running_plan_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "running_plans" ADD CONSTRAINT "running_plans_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "runs_patient_date_idx" ON "runs" USING btree ("patient_id","date");--> statement-breakpoint
-- Written by hand below drizzle-kit's tables: saved plan versions are the plan's history and never change.
CREATE FUNCTION "running_plan_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'running_plan_versions is append-only: % refused', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER "running_plan_versions_no_update" BEFORE UPDATE OR DELETE ON "running_plan_versions"
  FOR EACH ROW EXECUTE FUNCTION "running_plan_versions_immutable"();--> statement-breakpoint
CREATE TRIGGER "running_plan_versions_no_truncate" BEFORE TRUNCATE ON "running_plan_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "running_plan_versions_immutable"();
