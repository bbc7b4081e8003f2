CREATE TABLE "patient_counts" (
	"clinic_id" uuid NOT NULL,
	"therapist_id" uuid NOT NULL,
	"status" text NOT NULL,
	"diagnosis" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "patient_counts_clinic_id_therapist_id_status_diagnosis_pk" PRIMARY KEY("clinic_id","therapist_id","status","diagnosis")
);
--> statement-breakpoint
DROP INDEX "patients_scope_idx";--> statement-breakpoint
-- Written by hand below drizzle-kit's table: the triggers that keep patient_counts exact, in the writing
-- transaction, and the counts of the patients that exist already. Statement triggers with transition tables:
-- a seed or import of thousands of rows updates each count once.
CREATE FUNCTION "patient_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "patient_counts" AS c ("clinic_id", "therapist_id", "status", "diagnosis", "n")
    SELECT "clinic_id", "therapist_id", "status", "diagnosis", count(*) FROM "added_rows" GROUP BY 1, 2, 3, 4
  ON CONFLICT ("clinic_id", "therapist_id", "status", "diagnosis") DO UPDATE SET "n" = c."n" + excluded."n";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "patient_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "patient_counts" AS c SET "n" = c."n" - r."n"
    FROM (SELECT "clinic_id", "therapist_id", "status", "diagnosis", count(*) AS "n" FROM "removed_rows" GROUP BY 1, 2, 3, 4) AS r
    WHERE (c."clinic_id", c."therapist_id", c."status", c."diagnosis") = (r."clinic_id", r."therapist_id", r."status", r."diagnosis");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "patient_counts_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only rows whose counted key changed move between counts: a name or notes edit writes nothing here.
  INSERT INTO "patient_counts" AS c ("clinic_id", "therapist_id", "status", "diagnosis", "n")
    SELECT "clinic_id", "therapist_id", "status", "diagnosis", sum("d") FROM (
      SELECT o."clinic_id", o."therapist_id", o."status", o."diagnosis", -1 AS "d"
        FROM "removed_rows" o JOIN "added_rows" n ON n."id" = o."id"
        WHERE (o."clinic_id", o."therapist_id", o."status", o."diagnosis") IS DISTINCT FROM (n."clinic_id", n."therapist_id", n."status", n."diagnosis")
      UNION ALL
      SELECT n."clinic_id", n."therapist_id", n."status", n."diagnosis", 1
        FROM "removed_rows" o JOIN "added_rows" n ON n."id" = o."id"
        WHERE (o."clinic_id", o."therapist_id", o."status", o."diagnosis") IS DISTINCT FROM (n."clinic_id", n."therapist_id", n."status", n."diagnosis")
    ) AS moved GROUP BY 1, 2, 3, 4 HAVING sum("d") <> 0
  ON CONFLICT ("clinic_id", "therapist_id", "status", "diagnosis") DO UPDATE SET "n" = c."n" + excluded."n";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "patient_counts_on_insert" AFTER INSERT ON "patients"
  REFERENCING NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_counts_add"();--> statement-breakpoint
CREATE TRIGGER "patient_counts_on_delete" AFTER DELETE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_counts_remove"();--> statement-breakpoint
CREATE TRIGGER "patient_counts_on_update" AFTER UPDATE ON "patients"
  REFERENCING OLD TABLE AS "removed_rows" NEW TABLE AS "added_rows" FOR EACH STATEMENT EXECUTE FUNCTION "patient_counts_move"();--> statement-breakpoint
INSERT INTO "patient_counts" ("clinic_id", "therapist_id", "status", "diagnosis", "n")
  SELECT "clinic_id", "therapist_id", "status", "diagnosis", count(*) FROM "patients" GROUP BY 1, 2, 3, 4;
