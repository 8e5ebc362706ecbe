CREATE TYPE "public"."stock_reason" AS ENUM('initial', 'manual', 'order', 'cancellation', 'refund');--> statement-breakpoint
ALTER TYPE "public"."product_status" ADD VALUE 'archived';--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"variant_id" uuid NOT NULL,
	"delta" integer NOT NULL,
	"stock_after" integer NOT NULL,
	"reason" "stock_reason" NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "options" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "min_price_cents" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "total_stock" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_movements_variant_at_idx" ON "stock_movements" USING btree ("variant_id","at");--> statement-breakpoint
-- A product's lowest price and stock follow its live variants in the database itself, whoever
-- writes them: lists and price filters read the product row and never scan variants.
CREATE FUNCTION product_variant_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  product uuid;
BEGIN
  FOR product IN
    SELECT DISTINCT id FROM (VALUES (CASE WHEN TG_OP <> 'INSERT' THEN OLD.product_id END), (CASE WHEN TG_OP <> 'DELETE' THEN NEW.product_id END)) AS touched(id) WHERE id IS NOT NULL
  LOOP
    UPDATE "products" SET
      "min_price_cents" = (SELECT min("price_cents") FROM "product_variants" WHERE "product_id" = product AND "deleted_at" IS NULL),
      "total_stock" = (SELECT coalesce(sum("stock"), 0)::int FROM "product_variants" WHERE "product_id" = product AND "deleted_at" IS NULL)
    WHERE "id" = product;
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER product_variants_totals AFTER INSERT OR DELETE OR UPDATE OF "price_cents", "stock", "deleted_at", "product_id" ON "product_variants" FOR EACH ROW EXECUTE FUNCTION product_variant_totals();
--> statement-breakpoint
UPDATE "products" p SET
  "min_price_cents" = t.min_price,
  "total_stock" = t.stock
FROM (SELECT "product_id", min("price_cents") AS min_price, coalesce(sum("stock"), 0)::int AS stock FROM "product_variants" WHERE "deleted_at" IS NULL GROUP BY "product_id") t
WHERE p."id" = t."product_id";
--> statement-breakpoint
-- The stock ledger is append-only, like the audit log.
CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stock_movements_no_update_or_delete BEFORE UPDATE OR DELETE ON "stock_movements" FOR EACH ROW EXECUTE FUNCTION append_only();
--> statement-breakpoint
CREATE TRIGGER stock_movements_no_truncate BEFORE TRUNCATE ON "stock_movements" FOR EACH STATEMENT EXECUTE FUNCTION append_only();
