CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "back_in_stock_requests" (
	"user_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	CONSTRAINT "back_in_stock_requests_user_id_variant_id_pk" PRIMARY KEY("user_id","variant_id")
);
--> statement-breakpoint
CREATE TABLE "product_image_files" (
	"image_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"etag" text NOT NULL,
	CONSTRAINT "product_image_files_image_id_width_pk" PRIMARY KEY("image_id","width")
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "back_in_stock_requests" ADD CONSTRAINT "back_in_stock_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "back_in_stock_requests" ADD CONSTRAINT "back_in_stock_requests_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_image_files" ADD CONSTRAINT "product_image_files_image_id_product_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."product_images"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "back_in_stock_requests_variant_idx" ON "back_in_stock_requests" USING btree ("variant_id");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The images stored so far (the demo shop's drawings, 800 × 800 SVG) become one file each.
ALTER TABLE "product_images" ADD COLUMN "width" integer DEFAULT 800 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_images" ADD COLUMN "height" integer DEFAULT 800 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_images" ALTER COLUMN "width" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "product_images" ALTER COLUMN "height" DROP DEFAULT;--> statement-breakpoint
INSERT INTO "product_image_files" ("image_id", "width", "content_type", "data", "etag")
  SELECT "id", 800, "content_type", "data", encode(sha256("data"), 'hex') FROM "product_images";--> statement-breakpoint
ALTER TABLE "product_images" DROP COLUMN "content_type";--> statement-breakpoint
ALTER TABLE "product_images" DROP COLUMN "data";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "category_terms" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The names of a category and the categories above it, top first ("Clothing Shoes").
CREATE FUNCTION category_terms(category uuid) RETURNS text LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up AS (
    SELECT "parent_id", "name", 0 AS depth FROM "categories" WHERE "id" = category
    UNION ALL
    SELECT c."parent_id", c."name", up.depth + 1 FROM "categories" c JOIN up ON c."id" = up."parent_id" WHERE up.depth < 50
  )
  SELECT coalesce(string_agg("name", ' ' ORDER BY depth DESC), '') FROM up
$$;
--> statement-breakpoint
-- A product's category names follow its category, whoever files it...
CREATE FUNCTION product_category_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."category_terms" := category_terms(NEW."category_id");
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_category_terms BEFORE INSERT OR UPDATE OF "category_id" ON "products" FOR EACH ROW EXECUTE FUNCTION product_category_terms();
--> statement-breakpoint
-- ...and every product below a category follows its rename or move.
CREATE FUNCTION category_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "products" SET "category_terms" = category_terms("category_id")
  WHERE "category_id" IN (
    WITH RECURSIVE down AS (SELECT NEW."id" AS id UNION SELECT c."id" FROM "categories" c JOIN down ON c."parent_id" = down.id)
    SELECT id FROM down);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER categories_renamed AFTER UPDATE OF "name", "parent_id" ON "categories" FOR EACH ROW EXECUTE FUNCTION category_renamed();
--> statement-breakpoint
-- The words a misspelt search is corrected to: every word of names, categories and descriptions,
-- unstemmed. Words no product uses any more stay; a correction to one simply finds nothing.
CREATE FUNCTION product_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_words" ("word")
    SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', NEW."name" || ' ' || NEW."category_terms" || ' ' || NEW."description"))) AS w
    WHERE length(w) BETWEEN 3 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_search_words AFTER INSERT OR UPDATE OF "name", "category_terms", "description" ON "products" FOR EACH ROW EXECUTE FUNCTION product_search_words();
--> statement-breakpoint
UPDATE "products" SET "category_terms" = category_terms("category_id");--> statement-breakpoint
ALTER TABLE "products" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', category_terms), 'B') || setweight(to_tsvector('english', description), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "products" USING gin ("search");
