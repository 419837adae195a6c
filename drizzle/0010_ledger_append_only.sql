-- The payout ledger is a record of money: entries are appended, never changed or removed.
CREATE TRIGGER payout_entries_append_only BEFORE UPDATE OR DELETE ON payout_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
CREATE TRIGGER payout_entries_no_truncate BEFORE TRUNCATE ON payout_entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
-- Once a shipment has left, its lines and allocations are what was shipped.
CREATE FUNCTION refuse_shipped_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_assoc uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.association_id ELSE OLD.association_id END;
  line_id uuid;
  ship_id uuid;
BEGIN
  IF TG_TABLE_NAME = 'allocations' THEN
    line_id := CASE WHEN TG_OP = 'INSERT' THEN NEW.shipment_line_id ELSE OLD.shipment_line_id END;
    SELECT l.shipment_id INTO ship_id FROM shipment_lines l WHERE l.association_id = row_assoc AND l.id = line_id;
  ELSE
    ship_id := CASE WHEN TG_OP = 'INSERT' THEN NEW.shipment_id ELSE OLD.shipment_id END;
  END IF;
  IF EXISTS (SELECT 1 FROM shipments s WHERE s.association_id = row_assoc AND s.id = ship_id
             AND s.status IN ('shipped', 'delivered', 'closed')) THEN
    RAISE EXCEPTION '% of a shipped shipment are frozen: % refused', TG_TABLE_NAME, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER shipment_lines_shipped_frozen BEFORE INSERT OR UPDATE OR DELETE ON shipment_lines
  FOR EACH ROW EXECUTE FUNCTION refuse_shipped_change();
--> statement-breakpoint
CREATE TRIGGER allocations_shipped_frozen BEFORE INSERT OR UPDATE OR DELETE ON allocations
  FOR EACH ROW EXECUTE FUNCTION refuse_shipped_change();
