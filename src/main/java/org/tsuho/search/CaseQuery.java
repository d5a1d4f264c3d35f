package org.tsuho.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.paging.Cursor;

/**
 * The SQL of a search: every value a bind parameter, never part of the text. Cases come newest first by received time
 * (then id), the order of the keyset pages.
 * <p>
 * A free-text term matches a report whose title or summary holds it. The report side is the expression of the GIN
 * index {@code reports_search_grams} (migration V8_1): the term's bigrams must all be among the report's, which the
 * index answers without reading reports, and {@code strpos} on the folded text keeps only the reports that hold the
 * whole term in one piece. A term also matches the company's name, or the case's or a report's number.
 */
final class CaseQuery {

    /** A report's searchable text; must stay exactly the expression of the index. */
    static final String DOCUMENT = "r.title || chr(10) || r.summary";

    private static final String SELECT = """
            select c.id, c.case_number, c.company_id, co.name_ja as company_name, co.sector, c.status, c.severity,
                   c.category, c.title, c.tlp, c.aware_at, c.related_case_id, rel.case_number as related_case_number,
                   c.possible_duplicate, c.created_at, c.updated_at, c.voluntary,
                   array(select rp.receipt_number from reports rp where rp.case_id = c.id order by rp.submitted_at, rp.id)
                       as receipt_numbers,
                   due.due_at, coalesce(due.overdue, false) as overdue
              from cases c
              join companies co on co.id = c.company_id
              left join cases rel on rel.id = c.related_case_id
              left join lateral (select min(t.due_at) as due_at, bool_or(t.overdue) as overdue
                                   from inbox_tasks t where t.case_id = c.id) due on true
             where true
            """;

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    private CaseQuery() {
    }

    static CaseQuery of(CaseFilter filter) {
        CaseQuery query = new CaseQuery();
        query.equal("c.case_number", "caseNumber", filter.caseNumber());
        if (filter.receiptNumber() != null) {
            query.where.append(" and c.id in (select r.case_id from reports r where r.receipt_number = :receiptNumber)");
            query.params.put("receiptNumber", filter.receiptNumber());
        }
        query.equal("c.company_id", "companyId", filter.companyId());
        if (filter.companyName() != null) {
            query.where.append(" and (co.name_ja ilike :companyName or co.name_en ilike :companyName)");
            query.params.put("companyName", Jdbc.likePattern(filter.companyName()));
        }
        query.equal("co.sector", "sector", filter.sector());
        query.equal("c.status", "status", filter.status() == null ? null : filter.status().name());
        query.equal("c.severity", "severity", filter.severity());
        query.equal("c.tlp", "tlp", filter.tlp());
        if (filter.receivedFrom() != null) {
            query.where.append(" and c.created_at >= :receivedFrom");
            query.params.put("receivedFrom", Jdbc.ts(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            query.where.append(" and c.created_at < :receivedTo");
            query.params.put("receivedTo", Jdbc.ts(filter.receivedTo()));
        }
        List<String> terms = filter.terms();
        for (int i = 0; i < terms.size(); i++) {
            query.term("term" + i, terms.get(i));
        }
        return query;
    }

    /** The reports whose title or summary holds the term (the part of a term's match that the index serves). */
    static String reportsHolding(String param) {
        return "select r.case_id from reports r where search_grams(" + DOCUMENT + ") @> search_term_grams(:" + param + ")"
                + " and strpos(search_fold(" + DOCUMENT + "), search_fold(:" + param + ")) > 0";
    }

    /** A page: the cases after the cursor's position, at most {@code limit}. */
    String page(Cursor after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(where);
        if (after != null) {
            sql.append(" and (c.created_at, c.id) < (:afterAt, :afterId)");
            params.put("afterAt", Jdbc.ts(after.at()));
            params.put("afterId", UUID.fromString(after.id()));
        }
        sql.append(" order by c.created_at desc, c.id desc limit :limit");
        params.put("limit", limit);
        return sql.toString();
    }

    /** The whole result, for the export. */
    String all() {
        return SELECT + where + " order by c.created_at desc, c.id desc";
    }

    Map<String, Object> params() {
        return params;
    }

    private void equal(String column, String param, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(param);
            params.put(param, value);
        }
    }

    private void term(String param, String term) {
        where.append(" and (c.case_number = upper(:").append(param).append(")")
                .append(" or c.id in (select r.case_id from reports r where r.receipt_number = upper(:").append(param).append("))")
                .append(" or co.name_ja ilike :").append(param).append("Like")
                .append(" or co.name_en ilike :").append(param).append("Like")
                .append(" or c.id in (").append(reportsHolding(param)).append("))");
        params.put(param, term);
        params.put(param + "Like", Jdbc.likePattern(term));
    }
}
