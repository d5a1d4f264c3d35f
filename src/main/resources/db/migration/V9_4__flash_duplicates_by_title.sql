-- A flash report is a possible duplicate of another of the same company with the same awareness time and title.
-- The index reached only the company and awareness time, so a company filing many flash reports aware at the same
-- second (a wave of one attack across its sites) had each new report scan all of them: 0.8 ms per report under the
-- intake benchmark. With the title in the index the check is one probe. Titles are at most 200 characters.
drop index reports_flash_duplicates;
create index reports_flash_duplicates on reports (company_id, aware_at, title) where stage = 'FLASH';
