CREATE TABLE "handouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"printed_by" uuid NOT NULL,
	"printed_at" timestamp with time zone NOT NULL,
	"options" jsonb NOT NULL,
	"versions" jsonb NOT NULL,
	"document" jsonb NOT NULL,
	CONSTRAINT "handouts_document_check" CHECK (jsonb_typeof("handouts"."document") = 'object')
);
--> statement-breakpoint
ALTER TABLE "handouts" ADD CONSTRAINT "handouts_printed_by_users_id_fk" FOREIGN KEY ("printed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handouts" ADD CONSTRAINT "handouts_patient_clinic_fk" FOREIGN KEY ("patient_id","clinic_id") REFERENCES "public"."patients"("id","clinic_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handouts_patient_printed_at_idx" ON "handouts" USING btree ("patient_id","printed_at");--> statement-breakpoint
-- Written by hand below drizzle-kit's table: a recorded handout is what the patient was given and never changes.
CREATE FUNCTION "handouts_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'handouts is append-only: % refused', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER "handouts_no_update" BEFORE UPDATE OR DELETE ON "handouts"
  FOR EACH ROW EXECUTE FUNCTION "handouts_immutable"();--> statement-breakpoint
CREATE TRIGGER "handouts_no_truncate" BEFORE TRUNCATE ON "handouts"
  FOR EACH STATEMENT EXECUTE FUNCTION "handouts_immutable"();
