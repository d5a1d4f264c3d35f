package org.tsuho.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertThat(Csv.field("暗号化")).isEqualTo("暗号化");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void aTextThatStartsLikeAFormulaIsNotOne() {
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.field("+81-3")).isEqualTo("'+81-3");
        assertThat(Csv.field("-2")).isEqualTo("'-2");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(Csv.field("C-2026-000001")).isEqualTo("C-2026-000001");
    }

    @Test
    void rowsEndWithCrLf() {
        StringWriter out = new StringWriter();
        Csv csv = new Csv(out);
        csv.row(List.of("a", "b"));
        csv.row(Arrays.asList("", null));
        assertThat(out).hasToString("a,b\r\n,\r\n");
    }
}
