-- Keeps tune_counts equal to the live (not deleted) tunes per owner and status.
CREATE OR REPLACE FUNCTION tune_counts_apply(owner uuid, tune_status text, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Decrements only update: when a user is deleted, the cascade has already removed their counts.
  IF delta < 0 THEN
    UPDATE tune_counts SET live_count = live_count + delta
      WHERE owner_id = owner AND status = tune_status;
  ELSE
    INSERT INTO tune_counts (owner_id, status, live_count) VALUES (owner, tune_status, delta)
    ON CONFLICT (owner_id, status) DO UPDATE SET live_count = tune_counts.live_count + delta;
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tune_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
    PERFORM tune_counts_apply(OLD.owner_id, OLD.status, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
    PERFORM tune_counts_apply(NEW.owner_id, NEW.status, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tunes_count_insert_delete AFTER INSERT OR DELETE ON tunes
  FOR EACH ROW EXECUTE FUNCTION tune_counts_track();
--> statement-breakpoint
CREATE TRIGGER tunes_count_update AFTER UPDATE OF owner_id, status, deleted_at ON tunes
  FOR EACH ROW
  WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
  EXECUTE FUNCTION tune_counts_track();
--> statement-breakpoint
INSERT INTO tune_counts (owner_id, status, live_count)
  SELECT owner_id, status, count(*) FROM tunes WHERE deleted_at IS NULL GROUP BY owner_id, status
  ON CONFLICT (owner_id, status) DO UPDATE SET live_count = EXCLUDED.live_count;
