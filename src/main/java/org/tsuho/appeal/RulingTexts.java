package org.tsuho.appeal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tsuho.enforcement.NoticeDocument;

/**
 * The wording of the ruling (裁決書, 行政不服審査法 第50条): main text, the appeal, the examiner's opinion, reasons
 * and the 教示 of the revocation suit (行政事件訴訟法 第14条). Legal documents in Japanese whatever the reader's
 * language, like the other notices; dates in the Japanese era calendar.
 */
final class RulingTexts {

    static final String TITLE = "裁決書";

    private static final DateTimeFormatter ERA_DATE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    /** The rule a suit against the ruling (or the disposition) follows: 6 months from knowing, 1 year at most. */
    static final String SUIT_INSTRUCTIONS = "この裁決があったことを知った日の翌日から起算して6か月以内に、国を被告として（訴訟において国を代表する者は"
            + "法務大臣となります。）、裁決の取消しの訴え又は処分の取消しの訴えを提起することができます（行政事件訴訟法第14条第1項、第3項）。"
            + "ただし、この裁決があった日の翌日から起算して1年を経過したときは、正当な理由があるときを除き、提起することができません"
            + "（同条第2項、第3項）。なお、処分の取消しの訴えにおいては、処分の違法を理由として裁決の取消しを求めることはできません"
            + "（同法第10条第2項）。";

    private RulingTexts() {
    }

    /** The reasons of a dismissal at registration: filed after the period, with no reason given. */
    static String untimely(LocalDate deadline) {
        return "本件審査請求は、審査請求期間（" + date(deadline) + "まで）の経過後にされたものであり、"
                + "期間内に審査請求をすることができなかった正当な理由も示されていないから、行政不服審査法第18条の規定に反し不適法である。";
    }

    static String preamble(String companyName, Appeal appeal, String noticeNumber) {
        return "審査請求人 " + companyName + " が" + date(appeal.filedOn()) + "に提起した処分（通知番号 " + noticeNumber
                + "）に係る審査請求（" + appeal.number() + "）について、次のとおり裁決します。";
    }

    static List<NoticeDocument.Section> sections(Appeal appeal, String noticeNumber, Long originalFineYen) {
        List<NoticeDocument.Section> sections = new ArrayList<>();
        sections.add(new NoticeDocument.Section("1 主文", switch (appeal.ruling()) {
            case DISMISSED -> "本件審査請求を却下する。";
            case REJECTED -> "本件審査請求を棄却する。";
            case GRANTED_REVOKED -> "処分（通知番号 " + noticeNumber + "）を取り消す。";
            case GRANTED_VARIED -> "処分（通知番号 " + noticeNumber + "）のうち、制裁金の額" + yen(originalFineYen) + "を"
                    + yen(appeal.variedFineYen()) + "に変更する。";
        }));
        sections.add(new NoticeDocument.Section("2 審査請求の趣旨及び理由", appeal.grounds()));
        if (appeal.opinion() != null) {
            sections.add(new NoticeDocument.Section("3 審理員意見書の概要", appeal.opinion()));
        }
        sections.add(new NoticeDocument.Section((appeal.opinion() != null ? "4" : "3") + " 理由", appeal.rulingReasons()));
        sections.add(new NoticeDocument.Section((appeal.opinion() != null ? "5" : "4") + " 教示", SUIT_INSTRUCTIONS));
        return sections;
    }

    static String date(LocalDate date) {
        return ERA_DATE.format(JapaneseDate.from(date));
    }

    private static String yen(Long amount) {
        return "金" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }
}
