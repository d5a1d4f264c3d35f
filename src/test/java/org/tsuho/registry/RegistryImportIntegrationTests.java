package org.tsuho.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsuho.support.RegistryFixtures.newCorporateNumber;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.support.TsuhoIntegrationTest;

/** Importing the published designation list: dry run, per-row errors, both encodings, all-or-nothing import. */
@TsuhoIntegrationTest
class RegistryImportIntegrationTests {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    RegistryImport imports;
    @Autowired
    Registry registry;
    @Autowired
    Operators operators;
    @Autowired
    JdbcClient jdbc;

    @Test
    void previewsGoodRowsWithoutChangingAnythingThenImportsThem() {
        String gas = newCorporateNumber();
        String rail = newCorporateNumber();
        byte[] file = utf8WithBom("""
                法人番号,名称,英語名称,事業分野,所管省庁,指定日,状態,連絡先氏名,連絡先メールアドレス
                %s,東邦ガス試験株式会社,Toho Gas Test,ガス,,2026/4/1,指定,山田 太郎,yamada@toho.example
                "%s","鉄道試験株式会社, 本社",,RAILWAYS,国土交通省,2026-05-15,,,
                """.formatted(gas, rail));

        ImportPreview preview = imports.preview(file);

        assertThat(preview.encoding()).isEqualTo("UTF-8");
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::corporateNumber, ImportPreview.Row::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, gas, ImportPreview.Action.CREATE),
                        org.assertj.core.groups.Tuple.tuple(3, rail, ImportPreview.Action.CREATE));
        assertThat(preview.rows().get(1).nameJa()).isEqualTo("鉄道試験株式会社, 本社");
        assertThat(known(gas, rail)).as("a dry run writes nothing").isZero();
        assertThat(changes(gas, rail)).isZero();

        ImportPreview done = imports.apply("admin", file);

        assertThat(done.count(ImportPreview.Action.CREATE)).isEqualTo(2);
        RegistryEntry gasEntry = registry.get(gas);
        assertThat(gasEntry.nameJa()).isEqualTo("東邦ガス試験株式会社");
        assertThat(gasEntry.nameEn()).isEqualTo("Toho Gas Test");
        assertThat(gasEntry.sector()).isEqualTo("GAS");
        assertThat(gasEntry.ministry()).as("the sector's ministry by default").isEqualTo("経済産業省");
        assertThat(gasEntry.designatedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(gasEntry.status()).isEqualTo(OperatorStatus.DESIGNATED);
        assertThat(gasEntry.contacts()).containsExactly(new ReportingContact("山田 太郎", null, "yamada@toho.example", null));
        RegistryEntry railEntry = registry.get(rail);
        assertThat(railEntry.nameEn()).as("no English name: the Japanese one").isEqualTo("鉄道試験株式会社, 本社");
        assertThat(railEntry.ministry()).isEqualTo("国土交通省");
        assertThat(operators.find(rail)).map(Operator::designated).contains(true);
        assertThat(registry.changes(gas)).singleElement().satisfies(change -> {
            assertThat(change.by()).isEqualTo("admin");
            assertThat(change.action()).isEqualTo("CREATED");
            assertThat(change.source()).isEqualTo(RegistryChanges.Source.IMPORT);
            assertThat(change.after()).contains("sector=GAS").contains("status=DESIGNATED");
        });
    }

    @Test
    void readsShiftJisFilesAsJapaneseExcelSavesThem() {
        String number = newCorporateNumber();
        byte[] file = """
                法人番号,名称,事業分野,指定日\r
                %s,北日本電力試験株式会社,電気,2026/10/01\r
                """.formatted(number).getBytes(Charset.forName("Shift_JIS"));

        ImportPreview preview = imports.preview(file);

        assertThat(preview.encoding()).isEqualTo("Shift_JIS");
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.nameJa()).isEqualTo("北日本電力試験株式会社");
            assertThat(row.action()).isEqualTo(ImportPreview.Action.CREATE);
        });
        imports.apply("admin", file);
        assertThat(registry.get(number).nameJa()).isEqualTo("北日本電力試験株式会社");
        assertThat(registry.get(number).sector()).isEqualTo("ELECTRICITY");
    }

    @Test
    void readsEnglishHeadersToo() {
        String number = newCorporateNumber();
        byte[] file = """
                corporate_number,name_ja,name_en,sector,status
                %s,放送試験株式会社,Broadcast Test,BROADCASTING,WITHDRAWN
                """.formatted(number).getBytes(StandardCharsets.UTF_8);

        imports.apply("admin", file);

        assertThat(registry.get(number).status()).isEqualTo(OperatorStatus.WITHDRAWN);
        assertThat(registry.get(number).ministry()).isEqualTo("総務省");
    }

    @Test
    void namesEachBadRowsProblemsAndImportsNothing() {
        String good = newCorporateNumber();
        String repeated = newCorporateNumber();
        String wrongCheckDigit = (good.charAt(0) == '9' ? "1" : String.valueOf(good.charAt(0) - '0' + 1)) + good.substring(1);
        byte[] file = utf8WithBom("""
                法人番号,名称,事業分野,指定日,連絡先氏名,連絡先メールアドレス
                %s,正しい株式会社,ガス,2026-04-01,,
                %s,検査用数字違い株式会社,ガス,,,
                %s,分野不明株式会社,医療,2026-02-30,,
                %s,,水道,,担当,not-an-email
                %s,重複株式会社,水道,,,
                """.formatted(good, wrongCheckDigit, repeated, newCorporateNumber(), repeated));

        ImportPreview preview = imports.preview(file);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.rows()).extracting(ImportPreview.Row::action).containsExactly(ImportPreview.Action.CREATE,
                ImportPreview.Action.REJECTED, ImportPreview.Action.REJECTED, ImportPreview.Action.REJECTED, ImportPreview.Action.REJECTED);
        assertThat(problems(preview, 3)).containsExactly("corporateNumber:error.checkDigit");
        assertThat(problems(preview, 4)).containsExactlyInAnyOrder("sector:error.oneOf", "designatedOn:error.date");
        assertThat(problems(preview, 5)).containsExactlyInAnyOrder("nameJa:error.required", "contactEmail:error.email");
        assertThat(problems(preview, 6)).containsExactly("corporateNumber:error.duplicateInFile");
        assertThat(preview.rows().get(4).problems().get(0).args()).containsExactly(4);

        assertThatThrownBy(() -> imports.apply("admin", file))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("rows[3].corporateNumber", "rows[4].sector", "rows[4].designatedOn", "rows[5].nameJa",
                                "rows[5].contactEmail", "rows[6].corporateNumber"));
        assertThat(known(good, repeated)).as("a file with errors imports no row at all").isZero();
    }

    @Test
    void updatesOperatorsAlreadyRegisteredAndKeepsWhatEmptyColumnsDoNotSay() {
        String number = newCorporateNumber();
        registry.create("admin", new OperatorInput(number, "港湾試験株式会社", "Port Test", "PORT_TRANSPORT", "国土交通省 港湾局",
                "2026-04-01", "DESIGNATED", List.of(new OperatorInput.ContactInput("港 一郎", "総務部", "minato@port.example", null))),
                RegistryChanges.Source.API);
        byte[] unchanged = utf8("法人番号,名称,事業分野\n%s,港湾試験株式会社,一般港湾運送\n".formatted(number));
        byte[] withdrawn = utf8("法人番号,名称,事業分野,所管省庁,状態\n%s,港湾試験株式会社,一般港湾運送,,指定解除\n".formatted(number));

        assertThat(imports.preview(unchanged).rows()).singleElement()
                .extracting(ImportPreview.Row::action).isEqualTo(ImportPreview.Action.UNCHANGED);
        ImportPreview preview = imports.preview(withdrawn);
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(ImportPreview.Action.UPDATE);
            assertThat(row.changedFields()).containsExactly("status");
        });
        assertThat(registry.get(number).status()).isEqualTo(OperatorStatus.DESIGNATED);

        imports.apply("admin", withdrawn);

        RegistryEntry entry = registry.get(number);
        assertThat(entry.status()).isEqualTo(OperatorStatus.WITHDRAWN);
        assertThat(entry.ministry()).isEqualTo("国土交通省 港湾局");
        assertThat(entry.designatedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(entry.contacts()).hasSize(1);
        assertThat(operators.find(number)).map(Operator::designated).contains(false);
        assertThat(registry.changes(number)).first().satisfies(change -> {
            assertThat(change.action()).isEqualTo("UPDATED");
            assertThat(change.source()).isEqualTo(RegistryChanges.Source.IMPORT);
            assertThat(change.before()).isEqualTo("status=DESIGNATED");
            assertThat(change.after()).isEqualTo("status=WITHDRAWN");
        });
    }

    @Test
    void reportsProblemsOfTheFileAsAWhole() {
        assertThat(imports.preview(new byte[0]).fileProblems()).extracting(FieldProblem::code).containsExactly("error.csvEmpty");
        assertThat(imports.preview(utf8("名称,事業分野\n東和,電気\n")).fileProblems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("error.csvColumns");
                    assertThat(p.args()).containsExactly("法人番号");
                });
        assertThat(imports.preview(utf8("法人番号,名称,事業分野\n\"9010401012345,東和,電気\n")).fileProblems())
                .extracting(FieldProblem::code).containsExactly("error.csvQuote");
        assertThat(imports.preview(new byte[0]).importable()).isFalse();
    }

    private static List<String> problems(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow().problems().stream()
                .map(p -> p.field() + ":" + p.code()).toList();
    }

    private int known(String... numbers) {
        return jdbc.sql("select count(*) from companies where id::text = any(?)").param(numbers).query(Integer.class).single();
    }

    private int changes(String... numbers) {
        return jdbc.sql("select count(*) from registry_changes where company_id::text = any(?)").param(numbers).query(Integer.class).single();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = utf8(text);
        byte[] file = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        return file;
    }
}
