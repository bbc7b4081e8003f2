CREATE TABLE "clinic_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"name" text NOT NULL,
	"summary" text,
	"diagnoses" jsonb NOT NULL,
	"program" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_templates_diagnoses_check" CHECK (jsonb_typeof("clinic_templates"."diagnoses") = 'array'),
	CONSTRAINT "clinic_templates_program_check" CHECK (jsonb_typeof("clinic_templates"."program") = 'object')
);
--> statement-breakpoint
CREATE TABLE "custom_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"based_on" text,
	"fields" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_exercises_fields_check" CHECK (jsonb_typeof("custom_exercises"."fields") = 'object'),
	CONSTRAINT "custom_exercises_version_check" CHECK ("custom_exercises"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "program_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "program_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"program" jsonb NOT NULL,
	"change_summary" text NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "program_versions_patient_version_key" UNIQUE("patient_id","version"),
	CONSTRAINT "program_versions_version_check" CHECK ("program_versions"."version" >= 1),
	CONSTRAINT "program_versions_program_check" CHECK (jsonb_typeof("program_versions"."program") = 'object')
);
--> statement-breakpoint
ALTER TABLE "clinic_templates" ADD CONSTRAINT "clinic_templates_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_templates" ADD CONSTRAINT "clinic_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_exercises" ADD CONSTRAINT "custom_exercises_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_exercises" ADD CONSTRAINT "custom_exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_exercises" ADD CONSTRAINT "custom_exercises_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_versions" ADD CONSTRAINT "program_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_versions" ADD CONSTRAINT "program_versions_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_templates_clinic_name_key" ON "clinic_templates" USING btree ("clinic_id",lower("name"));--> statement-breakpoint
CREATE INDEX "custom_exercises_clinic_id_idx" ON "custom_exercises" USING btree ("clinic_id");--> statement-breakpoint
-- Written by hand below drizzle-kit's tables: a saved program version is the program's history and never changes.
CREATE FUNCTION "program_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'program_versions is append-only: % refused', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER "program_versions_no_update" BEFORE UPDATE OR DELETE ON "program_versions"
  FOR EACH ROW EXECUTE FUNCTION "program_versions_immutable"();--> statement-breakpoint
CREATE TRIGGER "program_versions_no_truncate" BEFORE TRUNCATE ON "program_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "program_versions_immutable"();
