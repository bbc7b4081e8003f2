CREATE TABLE "clinic_logos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clinic_logos_id_clinic_id_key" UNIQUE("id","clinic_id"),
	CONSTRAINT "clinic_logos_content_type_check" CHECK ("clinic_logos"."content_type" in ('image/png', 'image/jpeg')),
	CONSTRAINT "clinic_logos_size_check" CHECK (octet_length("clinic_logos"."bytes") between 1 and 1048576)
);
--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "logo_id" uuid;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_logos" ADD CONSTRAINT "clinic_logos_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_logos" ADD CONSTRAINT "clinic_logos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_logo_clinic_fk" FOREIGN KEY ("logo_id","id") REFERENCES "public"."clinic_logos"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_version_check" CHECK ("clinics"."version" >= 1);--> statement-breakpoint
-- Written by hand below drizzle-kit's table: a printed handout names its logo by id, so a logo once uploaded never
-- changes or goes away; removing the clinic's logo only clears clinics.logo_id.
CREATE FUNCTION "clinic_logos_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'clinic_logos is append-only: % refused', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER "clinic_logos_no_update" BEFORE UPDATE OR DELETE ON "clinic_logos"
  FOR EACH ROW EXECUTE FUNCTION "clinic_logos_immutable"();--> statement-breakpoint
CREATE TRIGGER "clinic_logos_no_truncate" BEFORE TRUNCATE ON "clinic_logos"
  FOR EACH STATEMENT EXECUTE FUNCTION "clinic_logos_immutable"();
