CREATE TABLE "exercise_images" (
	"exercise_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" bytea NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "exercise_images_content_type_check" CHECK ("exercise_images"."content_type" in ('image/png', 'image/jpeg')),
	CONSTRAINT "exercise_images_size_check" CHECK (octet_length("exercise_images"."bytes") between 1 and 2097152)
);
--> statement-breakpoint
ALTER TABLE "exercise_images" ADD CONSTRAINT "exercise_images_exercise_id_custom_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."custom_exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_images" ADD CONSTRAINT "exercise_images_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_images" ADD CONSTRAINT "exercise_images_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercise_images_clinic_id_idx" ON "exercise_images" USING btree ("clinic_id");