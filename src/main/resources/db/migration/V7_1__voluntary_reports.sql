-- Reports from an operator that is not designated are voluntary (任意報告): marked on the report, and on the
-- case such a report opens. A voluntary case never leads to a proceeding.
alter table reports add column voluntary boolean not null default false;
alter table cases add column voluntary boolean not null default false;
