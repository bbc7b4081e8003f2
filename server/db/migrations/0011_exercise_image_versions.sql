ALTER TABLE "exercise_images" DROP CONSTRAINT "exercise_images_exercise_id_custom_exercises_id_fk";--> statement-breakpoint
ALTER TABLE "exercise_images" DROP CONSTRAINT "exercise_images_pkey";--> statement-breakpoint
ALTER TABLE "custom_exercises" ADD COLUMN "image_id" uuid;--> statement-breakpoint
ALTER TABLE "exercise_images" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_images" ADD CONSTRAINT "exercise_images_id_exercise_id_key" UNIQUE("id","exercise_id");--> statement-breakpoint
ALTER TABLE "custom_exercises" ADD CONSTRAINT "custom_exercises_image_fk" FOREIGN KEY ("image_id","id") REFERENCES "public"."exercise_images"("id","exercise_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_images" ADD CONSTRAINT "exercise_images_exercise_id_custom_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."custom_exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Written by hand below drizzle-kit's statements: each exercise's one picture so far becomes its current picture,
-- and from now on a picture once uploaded never changes or goes away (a printed handout names it by id); a new
-- upload adds a picture and removing it only clears custom_exercises.image_id.
UPDATE "custom_exercises" AS c SET "image_id" = i."id" FROM "exercise_images" AS i WHERE i."exercise_id" = c."id";--> statement-breakpoint
CREATE FUNCTION "exercise_images_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'exercise_images is append-only: % refused', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER "exercise_images_no_update" BEFORE UPDATE OR DELETE ON "exercise_images"
  FOR EACH ROW EXECUTE FUNCTION "exercise_images_immutable"();--> statement-breakpoint
CREATE TRIGGER "exercise_images_no_truncate" BEFORE TRUNCATE ON "exercise_images"
  FOR EACH STATEMENT EXECUTE FUNCTION "exercise_images_immutable"();
