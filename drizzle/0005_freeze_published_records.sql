-- A published checklist version and an approved inspection are records of what was checked:
-- the database refuses to change or remove them, or the rows under them.
CREATE FUNCTION refuse_frozen_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is frozen: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER checklist_templates_frozen BEFORE UPDATE OR DELETE ON checklist_templates
  FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
CREATE FUNCTION refuse_published_item_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  template_id uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.template_id ELSE OLD.template_id END;
  assoc uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.association_id ELSE OLD.association_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM checklist_templates t
             WHERE t.association_id = assoc AND t.id = template_id AND t.status = 'published') THEN
    RAISE EXCEPTION 'checklist_items of a published checklist are frozen: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER checklist_items_frozen BEFORE INSERT OR UPDATE OR DELETE ON checklist_items
  FOR EACH ROW EXECUTE FUNCTION refuse_published_item_change();
--> statement-breakpoint
CREATE TRIGGER inspections_frozen BEFORE UPDATE OR DELETE ON inspections
  FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
CREATE FUNCTION refuse_approved_result_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  inspection_id uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.inspection_id ELSE OLD.inspection_id END;
  assoc uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.association_id ELSE OLD.association_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM inspections i
             WHERE i.association_id = assoc AND i.id = inspection_id AND i.status = 'approved') THEN
    RAISE EXCEPTION '% of an approved inspection are frozen: % refused', TG_TABLE_NAME, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inspection_results_frozen BEFORE INSERT OR UPDATE OR DELETE ON inspection_results
  FOR EACH ROW EXECUTE FUNCTION refuse_approved_result_change();
--> statement-breakpoint
CREATE TRIGGER inspection_photos_frozen BEFORE INSERT OR UPDATE OR DELETE ON inspection_photos
  FOR EACH ROW EXECUTE FUNCTION refuse_approved_result_change();
