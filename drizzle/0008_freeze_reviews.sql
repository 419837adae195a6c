-- Review decisions and the content a reviewer saw are evidence: decisions are never changed or
-- removed, a version's frozen content never changes, and a closed version stays as it was closed.
CREATE TRIGGER review_decisions_frozen BEFORE UPDATE OR DELETE ON review_decisions
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
CREATE TRIGGER review_versions_content_frozen BEFORE UPDATE OF content, version, subject_id, submitted_by ON review_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
CREATE TRIGGER review_versions_closed_frozen BEFORE UPDATE OR DELETE ON review_versions
  FOR EACH ROW WHEN (OLD.status IN ('approved', 'superseded', 'withdrawn')) EXECUTE FUNCTION refuse_frozen_change();
--> statement-breakpoint
CREATE TRIGGER label_designs_approved_frozen BEFORE DELETE ON label_designs
  FOR EACH ROW WHEN (OLD.status <> 'draft') EXECUTE FUNCTION refuse_frozen_change();
