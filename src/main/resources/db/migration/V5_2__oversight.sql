-- The oversight lists read the disclosure log and the partners' feedback across all cases, newest first.
create index disclosures_by_time on disclosures (disclosed_at desc, id desc);
create index referral_feedback_by_time on referral_feedback (recorded_at desc, id desc);
