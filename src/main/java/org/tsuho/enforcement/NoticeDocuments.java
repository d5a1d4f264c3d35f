package org.tsuho.enforcement;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tsuho.deadline.PenaltyRules;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.Stage;

/**
 * Writes notices in the official layout. Notices are legal documents in Japanese whatever the reader's language, so
 * their wording lives here rather than in the screens' message bundles; dates are in the Japanese era calendar.
 */
@Component
class NoticeDocuments {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter ERA_DATE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H時mm分");

    /** What a notice is written from. */
    record Facts(String number, Instant servedAt, String companyName, String companyId, String caseNumber, PenaltyRegime regime,
                 List<ListedFailure> failures) {
    }

    private final Rulebook rulebook;
    private final EnforcementSettings settings;

    NoticeDocuments(Rulebook rulebook, EnforcementSettings settings) {
        this.rulebook = rulebook;
        this.settings = settings;
    }

    /** 弁明の機会の付与 (行政手続法第13条第1項第2号, 第30条): the intended disposition, facts, legal basis, where and by when. */
    NoticeDocument intendedDisposition(Facts facts, NoticeDraft draft, Instant respondBy) {
        List<NoticeDocument.Section> sections = List.of(
                new NoticeDocument.Section("1 予定される不利益処分の内容", intended(draft.disposition(), draft.fineYen())),
                new NoticeDocument.Section("2 根拠となる法令の条項", draft.legalBasis()),
                new NoticeDocument.Section("3 不利益処分の原因となる事実", factsWithFailures(draft.facts(), facts.failures())),
                new NoticeDocument.Section("4 弁明書の提出先及び提出期限",
                        "提出先：" + settings.office() + "（通報システムの事業者画面から提出することもできます。）\n"
                                + "提出期限：" + date(respondBy) + "\n"
                                + "提出期限までに弁明書の提出がないときは、弁明の機会を放棄したものとして手続を進めます。"));
        return new NoticeDocument(facts.number(), date(facts.servedAt()), addressee(facts), settings.authority(),
                "弁明の機会の付与について（通知）",
                "案件番号 " + facts.caseNumber() + " に係る報告義務の違反について、貴社に対し下記のとおり不利益処分をしようとするので、"
                        + "行政手続法第13条第1項第2号の規定に基づき、弁明の機会を付与します。",
                sections);
    }

    /** 処分通知書: the disposition with its reasons (理由の提示) and how to appeal (教示). */
    NoticeDocument disposition(Facts facts, NoticeDraft draft, String intendedNumber, ProceedingDecision decision, boolean explained,
                               Instant complianceDueAt, LocalDate appealBy) {
        Disposition disposition = Disposition.valueOf(decision.decision());
        PenaltyRules rules = rulebook.settings().penalty();
        List<NoticeDocument.Section> sections = new ArrayList<>();
        sections.add(new NoticeDocument.Section("1 処分の内容", disposition == Disposition.ORDER
                ? ordered(facts, complianceDueAt, rules)
                : "制裁金として金" + yen(decision.fineYen()) + "を納付すること。"));
        sections.add(new NoticeDocument.Section("2 処分の原因となる事実", factsWithFailures(draft.facts(), facts.failures())));
        sections.add(new NoticeDocument.Section("3 根拠となる法令の条項", draft.legalBasis()));
        sections.add(new NoticeDocument.Section("4 処分の理由", decision.reasons() + "\n"
                + (explained ? "なお、貴社から提出された弁明書の内容を検討した上で、この処分を決定しました。"
                : "なお、提出期限までに弁明書の提出はありませんでした。")));
        sections.add(new NoticeDocument.Section("5 教示",
                MessageFormat.format(rules.appealInstructions(), settings.authority()) + "\n"
                        + "（この通知書を受け取った日に処分があったことを知った場合、審査請求期間の末日は" + date(appealBy) + "です。）"));
        return new NoticeDocument(facts.number(), date(facts.servedAt()), addressee(facts), settings.authority(),
                disposition == Disposition.ORDER ? "処分通知書（命令）" : "処分通知書（制裁金）",
                "案件番号 " + facts.caseNumber() + " に係る報告義務の違反について、弁明の機会の付与（" + intendedNumber
                        + "）を経て、下記のとおり処分します。",
                sections);
    }

    private String ordered(Facts facts, Instant complianceDueAt, PenaltyRules rules) {
        List<ListedFailure> missing = facts.failures().stream().filter(f -> f.type() != FailureType.LATE_REPORT).toList();
        String what = missing.isEmpty()
                ? "報告の提出体制を整備し、今後の報告を期限内に行うために必要な措置をとり、その内容を報告すること。"
                : "次の報告を提出すること。\n" + missing.stream().map(NoticeDocuments::failureLine).collect(Collectors.joining("\n"));
        String text = "サイバー対処能力強化法第6条の規定に基づき、" + date(complianceDueAt) + "までに、" + what;
        if (facts.regime() == PenaltyRegime.JP_ACD) {
            text += "\nこの命令に違反したときは、" + yen(rules.fineCapYen()) + "以下の罰金に処せられることがあります。";
        }
        return text;
    }

    private static String intended(Disposition disposition, Long fineYen) {
        if (disposition == Disposition.ADMINISTRATIVE_FINE) {
            return "制裁金として金" + yen(fineYen) + "の納付を命ずること。";
        }
        return "サイバー対処能力強化法第6条の規定に基づき、期限を定めて、未提出の報告の提出その他報告義務の履行に必要な措置をとるべきことを命ずること。";
    }

    private static String factsWithFailures(String facts, List<ListedFailure> failures) {
        if (failures.isEmpty()) {
            return facts;
        }
        return facts + "\n" + failures.stream().map(NoticeDocuments::failureLine).collect(Collectors.joining("\n"));
    }

    static String failureLine(ListedFailure failure) {
        String what = switch (failure.type()) {
            case LATE_REPORT -> stage(failure.stage()) + "の期限後の提出（受付番号 " + failure.reference() + "）";
            case MISSING_REPORT -> stage(failure.stage()) + "の未提出（案件番号 " + failure.reference() + "）";
            case MISSING_NOTIFICATION -> "特定重要電子計算機の届出の未提出（" + failure.reference() + "）";
        };
        StringBuilder line = new StringBuilder("・").append(what);
        if (failure.dueAt() != null) {
            line.append("　提出期限 ").append(dateTime(failure.dueAt()));
        }
        if (failure.type() == FailureType.LATE_REPORT && failure.filedAt() != null) {
            line.append("　提出日時 ").append(dateTime(failure.filedAt()));
        }
        return line.toString();
    }

    private static String stage(Stage stage) {
        return stage == Stage.DETAILED ? "詳報" : stage == Stage.FLASH ? "速報" : "報告";
    }

    private static String addressee(Facts facts) {
        return facts.companyName() + " 御中（法人番号 " + facts.companyId() + "）";
    }

    static String date(Instant instant) {
        return date(instant.atZone(JAPAN).toLocalDate());
    }

    static String date(LocalDate date) {
        return ERA_DATE.format(JapaneseDate.from(date));
    }

    private static String dateTime(Instant instant) {
        return date(instant) + " " + CLOCK.format(instant.atZone(JAPAN));
    }

    static String yen(Long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }
}
