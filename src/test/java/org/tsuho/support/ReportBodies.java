package org.tsuho.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Valid report bodies of api.md, as mutable JSON objects: a test changes the one field it is about. Titles are
 * unique per call so that duplicate detection only fires where a test wants it.
 */
public final class ReportBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

    private ReportBodies() {
    }

    /** A flash report (速報) of a ransomware incident the company became aware of an hour ago. */
    public static ObjectNode flash() {
        ObjectNode body = NODES.objectNode();
        body.put("kind", "INCIDENT");
        body.put("stage", "FLASH");
        body.put("category", "RANSOMWARE");
        body.put("title", unique("基幹系サーバの暗号化"));
        body.put("summary", "業務サーバ 3 台のファイルが暗号化され、身代金要求文書が見つかった。");
        body.put("awareAt", japanTime(Instant.now().minus(Duration.ofHours(1))));
        body.putNull("occurredAt");
        body.putArray("affectedSystems").add("web01").add("db01");
        ObjectNode indicator = body.putArray("indicators").addObject();
        indicator.put("type", "ipv4-addr");
        indicator.put("value", "203.0.113.7");
        body.put("tlp", "AMBER");
        body.put("shareConsent", false);
        ObjectNode contact = body.putObject("contact");
        contact.put("name", "山田 太郎");
        contact.put("email", "soc@towa-electric.example");
        contact.put("phone", "+81-3-1234-5678");
        return body;
    }

    /** A detailed report (詳報) following the report with this receipt number. */
    public static ObjectNode detailed(String relatesTo) {
        ObjectNode body = flash();
        body.put("stage", "DETAILED");
        body.put("relatesTo", relatesTo);
        return body;
    }

    /** An asset notification (届出) of a specified critical computer introduced last week. */
    public static ObjectNode assetNotification() {
        ObjectNode body = NODES.objectNode();
        body.put("kind", "ASSET_NOTIFICATION");
        body.put("title", unique("制御システム SCADA-X 4.2"));
        body.put("summary", "変電所の監視制御に用いる特定重要電子計算機を導入した。");
        body.put("introducedOn", Instant.now().minus(Duration.ofDays(7)).atOffset(JAPAN).toLocalDate().toString());
        body.putArray("affectedSystems").add("scada01");
        body.put("tlp", "GREEN");
        body.put("shareConsent", true);
        ObjectNode contact = body.putObject("contact");
        contact.put("name", "佐藤 花子");
        contact.put("email", "it@towa-electric.example");
        return body;
    }

    /** An instant as a client in Japan writes it, e.g. {@code 2026-11-25T09:00:00+09:00}. */
    public static String japanTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), JAPAN).toString();
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
