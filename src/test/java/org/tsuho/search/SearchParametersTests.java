package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;

class SearchParametersTests {

    private static final List<String> SECTORS = List.of("ELECTRICITY", "FINANCE");

    @Test
    void japanDaysIncludeBothDays() {
        CaseFilter filter = parameters(null, "2026-11-01", "2026-11-30", null).toFilter(SearchParameters.Dates.JAPAN_DAYS, SECTORS);

        assertThat(filter.receivedFrom()).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(filter.receivedTo()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
    }

    @Test
    void wordsAreSplitOnAnySpaceAndEveryFieldIsRead() {
        CaseFilter filter = new SearchParameters(" r-2026-000012 ", "9010401012345", "FINANCE", "closed", "3", "amber+strict",
                null, null, " 暗号化\u3000請求  サーバー ").toFilter(SearchParameters.Dates.INSTANTS, SECTORS);

        assertThat(filter.terms()).containsExactly("暗号化", "請求", "サーバー");
        assertThat(filter.receiptNumber()).isEqualTo("R-2026-000012");
        assertThat(filter.caseNumber()).isNull();
        assertThat(filter.companyId()).isEqualTo("9010401012345");
        assertThat(filter.companyName()).isNull();
        assertThat(filter.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(filter.severity()).isEqualTo(3);
        assertThat(filter.tlp()).isEqualTo("AMBER+STRICT");
        assertThat(filter.describe()).isEqualTo("number=R-2026-000012 company=9010401012345 sector=FINANCE status=CLOSED severity=3 "
                + "tlp=AMBER+STRICT q=暗号化 請求 サーバー");
    }

    @Test
    void theQueryStringEncodesEveryValue() {
        SearchParameters search = new SearchParameters(null, "東和 & 北浜", null, "", null, "AMBER+STRICT", null, null, "a=b");

        assertThat(search.queryString()).isEqualTo("company=%E6%9D%B1%E5%92%8C+%26+%E5%8C%97%E6%B5%9C&tlp=AMBER%2BSTRICT&q=a%3Db");
        assertThat(SearchParameters.none().queryString()).isEmpty();
        assertThat(SearchParameters.none().isEmpty()).isTrue();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        SearchParameters bad = new SearchParameters("C-26-1", null, "MOON", "OPEN", "6", "BLUE", "2026-11-02", "2026-11-01", null);

        assertThatThrownBy(() -> bad.toFilter(SearchParameters.Dates.JAPAN_DAYS, SECTORS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("number", "sector", "status", "severity", "tlp", "receivedTo"));
    }

    private static SearchParameters parameters(String q, String from, String to, String status) {
        return new SearchParameters(null, null, null, status, null, null, from, to, q);
    }
}
