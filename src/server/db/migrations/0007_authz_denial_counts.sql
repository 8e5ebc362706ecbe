CREATE TABLE "authz_denial_counts" (
	"caller" text NOT NULL,
	"route" text NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"audit_id" uuid NOT NULL,
	CONSTRAINT "authz_denial_counts_caller_route_minute_pk" PRIMARY KEY("caller","route","minute")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "authz_denial_counts_audit_key" ON "authz_denial_counts" USING btree ("audit_id");