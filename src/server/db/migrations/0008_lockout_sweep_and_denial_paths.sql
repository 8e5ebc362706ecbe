-- Counted denials keep the path of their minute's latest one; rows already there take their record's.
ALTER TABLE "authz_denial_counts" ADD COLUMN "last_url" text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE "authz_denial_counts" c SET "last_url" = coalesce(a."details"->>'url', '') FROM "audit_log" a WHERE a."id" = c."audit_id";--> statement-breakpoint
ALTER TABLE "authz_denial_counts" ALTER COLUMN "last_url" DROP DEFAULT;--> statement-breakpoint
-- The hourly sweep of failed logins too old to count.
CREATE INDEX "login_failures_at_idx" ON "login_failures" USING btree ("at");
