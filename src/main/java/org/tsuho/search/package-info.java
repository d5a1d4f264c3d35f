/**
 * Search: staff find cases by number, company, sector, status, severity, TLP, received time and free text over the
 * reports' titles and summaries (Japanese included, see {@link org.tsuho.search.CaseQuery}); keyset pages, saved
 * searches per person and the CSV export of a whole result, each export in the audit trail. Reads the tables of
 * casefile, intake, registry and tasks; nothing depends on it.
 */
package org.tsuho.search;
