-- Target 2's data, written straight into Tsuho's tables (the inbox is our own read model of open tasks): 200
-- designated operators, 1,000,000 closed cases and 100,000 open cases, each of those with its open triage task in
-- the case workers' queue, due times spread over the next 30 days.
insert into companies (id, name_ja, name_en, sector, designated, status)
select lpad((8000000000000 + i)::text, 13, '0'), 'ベンチ事業者 ' || i, 'Bench operator ' || i,
       (select code from sectors order by position offset (i % 15) limit 1), true, 'DESIGNATED'
  from generate_series(1, 200) i;

insert into cases (id, case_number, company_id, status, category, title, tlp, aware_at, created_at, updated_at, closed_at)
select md5('closed-' || i)::uuid, 'C-2019-' || lpad(i::text, 7, '0'), lpad((8000000000000 + i % 200 + 1)::text, 13, '0'),
       'CLOSED', 'RANSOMWARE', 'Closed bench case ' || i, 'AMBER',
       now() - interval '6 years' + i * interval '1 minute', now() - interval '6 years' + i * interval '1 minute',
       now() - interval '5 years', now() - interval '5 years'
  from generate_series(1, 1000000) i;

insert into cases (id, case_number, company_id, status, category, title, tlp, aware_at, created_at, updated_at)
select md5('open-' || i)::uuid, 'C-2020-' || lpad(i::text, 7, '0'), lpad((8000000000000 + i % 200 + 1)::text, 13, '0'),
       'RECEIVED', 'RANSOMWARE', 'Open bench case ' || i, 'AMBER', now() - interval '1 hour', now(), now()
  from generate_series(1, 100000) i;

insert into inbox_tasks (task_id, task_key, name, case_id, candidate_group, receipt_number, created_at, due_at,
                         process_instance_id)
select 'bench-' || i, 'triage', 'トリアージ', md5('open-' || i)::uuid, 'case-worker', 'R-2020-' || lpad(i::text, 7, '0'),
       now(), now() + (i % 43200) * interval '1 minute' + i * interval '1 millisecond', 'bench-process-' || i
  from generate_series(1, 100000) i;

analyze companies;
analyze cases;
analyze inbox_tasks;
