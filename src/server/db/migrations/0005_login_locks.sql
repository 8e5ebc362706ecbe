CREATE TABLE "login_locks" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"locked_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_locks" ADD CONSTRAINT "login_locks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Locks in force move with their accounts: the auth module owns them now, not the users table.
INSERT INTO "login_locks" ("user_id", "locked_until") SELECT "id", "locked_until" FROM "users" WHERE "locked_until" > now();--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";