package org.tsuho.escalation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.intake.IndicatorType;
import org.tsuho.intake.Tlp;

/**
 * A referral package as a STIX 2.1 bundle: the regulator's {@code identity}, the package's TLP 2.0
 * {@code marking-definition}, one {@code indicator} per reported indicator and a {@code report} that groups them.
 * Object ids come from the package, so every download describes the same objects; only the bundle id is new.
 */
@Component
class StixBundles {

    private static final String SPEC_VERSION = "2.1";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** The regulator's identity object is one fixed version, the same in every bundle. */
    private static final String IDENTITY_CREATED = "2026-04-01T00:00:00.000Z";

    private final ObjectMapper json;
    private final EscalationSettings settings;

    StixBundles(ObjectMapper json, EscalationSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    ObjectNode bundle(ReferralPackage content) {
        TlpMarking marking = TlpMarking.of(Tlp.ofLabel(content.tlp()).orElseThrow());
        String identityId = "identity--" + settings.regulatorIdentity();
        List<ObjectNode> indicators = content.indicators().stream()
                .map(i -> indicator(i, content.referredAt(), identityId, marking))
                .toList();

        ObjectNode bundle = json.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        ArrayNode objects = bundle.putArray("objects");
        objects.add(identity(identityId));
        objects.add(marking(marking));
        objects.addAll(indicators);
        objects.add(report(content, identityId, marking, indicators));
        return bundle;
    }

    private ObjectNode identity(String id) {
        ObjectNode identity = sdo("identity", id, IDENTITY_CREATED);
        identity.put("name", settings.regulatorName());
        identity.put("identity_class", "organization");
        identity.putArray("sectors").add("government-national");
        return identity;
    }

    /** Exactly the published TLP 2.0 object. */
    private ObjectNode marking(TlpMarking marking) {
        ObjectNode definition = json.createObjectNode();
        definition.put("type", "marking-definition");
        definition.put("spec_version", SPEC_VERSION);
        definition.put("id", marking.id());
        definition.put("created", TlpMarking.CREATED);
        definition.put("name", marking.markingName());
        ObjectNode extension = definition.putObject("extensions").putObject(TlpMarking.EXTENSION_DEFINITION);
        extension.put("extension_type", "property-extension");
        extension.put("tlp_2_0", marking.level());
        return definition;
    }

    private ObjectNode indicator(ReferralPackage.IndicatorEntry entry, Instant referredAt, String identityId, TlpMarking marking) {
        IndicatorType type = IndicatorType.ofLabel(entry.type()).orElseThrow();
        ObjectNode indicator = sdo("indicator", entry.stixId(), timestamp(referredAt));
        indicator.put("created_by_ref", identityId);
        indicator.put("name", entry.type() + " " + entry.value());
        indicator.putArray("indicator_types").add("malicious-activity");
        indicator.put("pattern", StixPatterns.of(type, entry.value()));
        indicator.put("pattern_type", "stix");
        indicator.put("pattern_version", SPEC_VERSION);
        indicator.put("valid_from", timestamp(entry.firstReportedAt()));
        indicator.putArray("object_marking_refs").add(marking.id());
        return indicator;
    }

    private ObjectNode report(ReferralPackage content, String identityId, TlpMarking marking, List<ObjectNode> indicators) {
        ObjectNode report = sdo("report", content.stixReportId(), timestamp(content.referredAt()));
        report.put("created_by_ref", identityId);
        report.put("name", "Tsuho referral " + content.caseNumber());
        report.put("description", description(content));
        report.putArray("report_types").add("threat-report");
        report.put("published", timestamp(content.referredAt()));
        // The identity keeps object_refs non-empty (the specification requires one) when no indicator was reported.
        ArrayNode refs = report.putArray("object_refs");
        indicators.forEach(i -> refs.add(i.get("id").asText()));
        refs.add(identityId);
        report.putArray("object_marking_refs").add(marking.id());
        return report;
    }

    private static String description(ReferralPackage content) {
        ReferralPackage.Incident incident = content.incident();
        List<String> parts = new ArrayList<>();
        parts.add("category " + incident.category());
        parts.add("sector " + incident.sector());
        if (incident.severity() != null) {
            parts.add("severity " + incident.severity());
        }
        parts.add("criteria " + String.join(", ", content.criteria()));
        return String.join("; ", parts);
    }

    private ObjectNode sdo(String type, String id, String created) {
        ObjectNode object = json.createObjectNode();
        object.put("type", type);
        object.put("spec_version", SPEC_VERSION);
        object.put("id", id);
        object.put("created", created);
        object.put("modified", created);
        return object;
    }

    /** STIX timestamps are UTC with a "Z"; created and modified need millisecond precision. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
