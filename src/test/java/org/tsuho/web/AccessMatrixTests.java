package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tsuho.web.AccessMatrix.Endpoint;

/** The matrix file's format: what a line means, what it may not say, and the line the matrix test prints. */
class AccessMatrixTests {

    private static final Endpoint CASE = new Endpoint("GET", "/cases/{id}");

    @Test
    void aLineNamesTheRolesAllowedAndNoOthers() {
        AccessMatrix matrix = AccessMatrix.parse("# comment\nGET /cases/{id} case-worker oversight\n");

        assertThat(matrix.endpoints()).containsExactly(CASE);
        assertThat(matrix.allows(CASE, "oversight")).isTrue();
        assertThat(matrix.allows(CASE, "company")).isFalse();
        assertThat(matrix.isPublic(CASE)).isFalse();
    }

    @Test
    void publicAndSignedInAndNobodyAreWordsOfTheirOwn() {
        AccessMatrix matrix = AccessMatrix.parse("GET /login public\nGET / signed-in\nGET /x nobody\n");

        assertThat(matrix.isPublic(new Endpoint("GET", "/login"))).isTrue();
        assertThat(AccessMatrix.ACCOUNTS.keySet()).allMatch(role -> matrix.allows(new Endpoint("GET", "/"), role))
                .noneMatch(role -> matrix.allows(new Endpoint("GET", "/x"), role));
    }

    @Test
    void unknownRolesMissingRolesAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> AccessMatrix.parse("GET /cases caseworker")).hasMessageContaining("Unknown role 'caseworker'");
        assertThatThrownBy(() -> AccessMatrix.parse("GET /cases")).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> AccessMatrix.parse("GET /cases admin\nGET /cases oversight")).hasMessageContaining("twice");
    }

    @Test
    void thePrintedLineReadsBackAsTheSameEntry() {
        List<String> roles = AccessMatrix.rolesColumn(Set.of("oversight", "case-worker"), false);
        AccessMatrix matrix = AccessMatrix.parse(AccessMatrix.line(CASE, roles));

        assertThat(roles).containsExactly("case-worker", "oversight");
        assertThat(matrix.allows(CASE, "case-worker")).isTrue();
        assertThat(matrix.allows(CASE, "admin")).isFalse();
        assertThat(AccessMatrix.rolesColumn(Set.of(), true)).containsExactly("public");
        assertThat(AccessMatrix.rolesColumn(AccessMatrix.ACCOUNTS.keySet(), false)).containsExactly("signed-in");
        assertThat(AccessMatrix.rolesColumn(Set.of(), false)).containsExactly("nobody");
    }

    @Test
    void theProjectsTableLoads() {
        assertThat(AccessMatrix.load().endpoints()).contains(new Endpoint("POST", "/api/v1/reports"));
    }
}
