-- Failed logins and locks are counted per normalised email and per scope (a browser that signed in
-- before, or everybody else), whether or not an account has the email. What is in force now moves
-- over as the scope of everybody else.
ALTER TABLE "login_failures" RENAME TO "login_failures_by_user";--> statement-breakpoint
ALTER INDEX "login_failures_user_at_idx" RENAME TO "login_failures_by_user_at_idx";--> statement-breakpoint
ALTER TABLE "login_locks" RENAME TO "login_locks_by_user";--> statement-breakpoint
ALTER TABLE "login_locks_by_user" RENAME CONSTRAINT "login_locks_pkey" TO "login_locks_by_user_pkey";--> statement-breakpoint
CREATE TABLE "login_failures" (
	"email" text NOT NULL,
	"scope" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_locks" (
	"email" text NOT NULL,
	"scope" text NOT NULL,
	"locked_until" timestamp with time zone NOT NULL,
	CONSTRAINT "login_locks_email_scope_pk" PRIMARY KEY("email","scope")
);
--> statement-breakpoint
CREATE INDEX "login_failures_email_scope_at_idx" ON "login_failures" USING btree ("email","scope","at");--> statement-breakpoint
INSERT INTO "login_failures" ("email", "scope", "at") SELECT lower(u."email"), '', f."at" FROM "login_failures_by_user" f JOIN "users" u ON u."id" = f."user_id";--> statement-breakpoint
INSERT INTO "login_locks" ("email", "scope", "locked_until") SELECT lower(u."email"), '', l."locked_until" FROM "login_locks_by_user" l JOIN "users" u ON u."id" = l."user_id" WHERE l."locked_until" > now();--> statement-breakpoint
DROP TABLE "login_failures_by_user" CASCADE;--> statement-breakpoint
DROP TABLE "login_locks_by_user" CASCADE;--> statement-breakpoint
-- Sent and abandoned mail keeps its metadata only: the bodies hold live links.
ALTER TABLE "mail_outbox" ALTER COLUMN "text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ALTER COLUMN "html" DROP NOT NULL;--> statement-breakpoint
UPDATE "mail_outbox" SET "text" = NULL, "html" = NULL WHERE "status" <> 'pending';
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_pending_has_body" CHECK ("mail_outbox"."status" <> 'pending' or ("mail_outbox"."text" is not null and "mail_outbox"."html" is not null));