-- Reporting: the statistics count rows in a period across all companies, which the per-company and per-case indexes
-- do not serve.
create index reports_by_submission on reports (submitted_at);
create index escalations_by_proposal on escalations (proposed_at);
create index proceeding_decisions_by_kind on proceeding_decisions (kind, decided_at);
create index appeals_by_filing_day on appeals (filed_on);
create index appeals_by_ruling on appeals (ruled_at) where ruled_at is not null;
