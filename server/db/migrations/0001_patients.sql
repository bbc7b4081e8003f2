-- Moved by hand above the patients table: patients_therapist_clinic_fk needs this key, and drizzle-kit wrote it last.
ALTER TABLE "users" ADD CONSTRAINT "users_id_clinic_id_key" UNIQUE("id","clinic_id");--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"therapist_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"sex" text,
	"phone" text,
	"email" text,
	"preferred_language" text DEFAULT 'en' NOT NULL,
	"diagnosis" text NOT NULL,
	"diagnosis_other" text,
	"affected_side" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"discharged_on" date,
	"discharge_reason" text,
	"start_date" date NOT NULL,
	"weekly_distance_m" integer NOT NULL,
	"distance_unit" text NOT NULL,
	"years_running" integer,
	"running_goal" text,
	"goal_race" text,
	"goal_race_date" date,
	"clinical_notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_name_key" text GENERATED ALWAYS AS (translate(lower("patients"."last_name"), 'áàâäãåéèêëíìîïóòôöõúùûüñçýÿ', 'aaaaaaeeeeiiiiooooouuuuncyy')) STORED NOT NULL,
	"first_name_key" text GENERATED ALWAYS AS (translate(lower("patients"."first_name"), 'áàâäãåéèêëíìîïóòôöõúùûüñçýÿ', 'aaaaaaeeeeiiiiooooouuuuncyy')) STORED NOT NULL,
	"full_name_key" text GENERATED ALWAYS AS (translate(lower("patients"."first_name" || ' ' || "patients"."last_name"), 'áàâäãåéèêëíìîïóòôöõúùûüñçýÿ', 'aaaaaaeeeeiiiiooooouuuuncyy')) STORED NOT NULL,
	CONSTRAINT "patients_sex_check" CHECK ("patients"."sex" is null or "patients"."sex" in ('female', 'male', 'other')),
	CONSTRAINT "patients_preferred_language_check" CHECK ("patients"."preferred_language" in ('en', 'es')),
	CONSTRAINT "patients_diagnosis_check" CHECK ("patients"."diagnosis" in ('patellofemoral_pain', 'itbs', 'meniscus_nonop', 'meniscus_postop', 'patellar_tendinopathy', 'other')),
	CONSTRAINT "patients_diagnosis_other_check" CHECK ("patients"."diagnosis" <> 'other' or "patients"."diagnosis_other" is not null),
	CONSTRAINT "patients_affected_side_check" CHECK ("patients"."affected_side" in ('left', 'right', 'both')),
	CONSTRAINT "patients_status_check" CHECK ("patients"."status" in ('active', 'on_hold', 'discharged')),
	CONSTRAINT "patients_discharge_check" CHECK (("patients"."status" = 'discharged') = ("patients"."discharged_on" is not null and "patients"."discharge_reason" is not null)),
	CONSTRAINT "patients_distance_unit_check" CHECK ("patients"."distance_unit" in ('mi', 'km')),
	CONSTRAINT "patients_weekly_distance_check" CHECK ("patients"."weekly_distance_m" >= 0),
	CONSTRAINT "patients_version_check" CHECK ("patients"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_therapist_clinic_fk" FOREIGN KEY ("therapist_id","clinic_id") REFERENCES "public"."users"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patients_clinic_name_idx" ON "patients" USING btree ("clinic_id","last_name_key","first_name_key","id");--> statement-breakpoint
CREATE INDEX "patients_therapist_name_idx" ON "patients" USING btree ("clinic_id","therapist_id","last_name_key","first_name_key","id");--> statement-breakpoint
CREATE INDEX "patients_clinic_start_idx" ON "patients" USING btree ("clinic_id","start_date","last_name_key","first_name_key","id");--> statement-breakpoint
CREATE INDEX "patients_therapist_start_idx" ON "patients" USING btree ("clinic_id","therapist_id","start_date","last_name_key","first_name_key","id");--> statement-breakpoint
CREATE INDEX "patients_clinic_status_idx" ON "patients" USING btree ("clinic_id",(case "status" when 'active' then 1 when 'on_hold' then 2 when 'discharged' then 3 end),"last_name_key","first_name_key","id");--> statement-breakpoint
CREATE INDEX "patients_therapist_status_idx" ON "patients" USING btree ("clinic_id","therapist_id",(case "status" when 'active' then 1 when 'on_hold' then 2 when 'discharged' then 3 end),"last_name_key","first_name_key","id");--> statement-breakpoint
CREATE INDEX "patients_clinic_updated_idx" ON "patients" USING btree ("clinic_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "patients_therapist_updated_idx" ON "patients" USING btree ("clinic_id","therapist_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "patients_scope_idx" ON "patients" USING btree ("clinic_id","therapist_id","status","diagnosis");--> statement-breakpoint
CREATE INDEX "patients_first_name_search_idx" ON "patients" USING btree ("clinic_id","first_name_key" text_pattern_ops,"therapist_id");--> statement-breakpoint
CREATE INDEX "patients_last_name_search_idx" ON "patients" USING btree ("clinic_id","last_name_key" text_pattern_ops,"therapist_id");--> statement-breakpoint
CREATE INDEX "patients_full_name_search_idx" ON "patients" USING btree ("clinic_id","full_name_key" text_pattern_ops,"therapist_id");--> statement-breakpoint
CREATE INDEX "audit_events_record_idx" ON "audit_events" USING btree ("record_type","record_id");