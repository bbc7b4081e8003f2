CREATE TABLE "cross_training_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cross_training_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"change_summary" text NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cross_training_versions_patient_version_key" UNIQUE("patient_id","version"),
	CONSTRAINT "cross_training_versions_version_check" CHECK ("cross_training_versions"."version" >= 1),
	CONSTRAINT "cross_training_versions_plan_check" CHECK (jsonb_typeof("cross_training_versions"."plan") = 'object')
);
--> statement-breakpoint
ALTER TABLE "cross_training_versions" ADD CONSTRAINT "cross_training_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cross_training_versions" ADD CONSTRAINT "cross_training_versions_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Written by hand below drizzle-kit's table: a saved cross-training version is the plan's history and never changes.
CREATE FUNCTION "cross_training_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cross_training_versions is append-only: % refused', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER "cross_training_versions_no_update" BEFORE UPDATE OR DELETE ON "cross_training_versions"
  FOR EACH ROW EXECUTE FUNCTION "cross_training_versions_immutable"();--> statement-breakpoint
CREATE TRIGGER "cross_training_versions_no_truncate" BEFORE TRUNCATE ON "cross_training_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "cross_training_versions_immutable"();
