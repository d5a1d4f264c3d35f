-- Target 3's cases: one open case per detailed-report watch that the bench seeding starts (ids
-- 00000000-0000-0001-0000-<i in hex>), of a designated operator, aware 40 days ago so its detailed report is overdue.
insert into cases (id, case_number, company_id, status, category, title, tlp, aware_at, created_at, updated_at)
select ('00000000-0000-0001-0000-' || lpad(to_hex(i), 12, '0'))::uuid, 'C-2021-' || lpad(i::text, 7, '0'),
       '9010401012345', 'TRIAGE', 'RANSOMWARE', 'Timer bench case ' || i, 'AMBER',
       now() - interval '40 days', now() - interval '40 days', now() - interval '40 days'
  from generate_series(1, :count) i;
analyze cases;
