package org.tsuho.audit.web;

import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.audit.AuditChain;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditTrail;
import org.tsuho.audit.AuditVerification;

/**
 * {@code /api/v1/audit}: oversight checks the chain and exports its head. The head (position and hash) is what gets
 * anchored outside Tsuho — in the oversight commission's records, a signed e-mail, a timestamping service — so a
 * later verification can show that the trail up to that entry is still the one that was anchored.
 */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApiController {

    /** The chain's newest entry; {@code seq} 0 and the genesis hash for an empty trail. */
    record Head(long seq, String hash, Instant at) {
    }

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verify")
    AuditVerification verify() {
        return trail.verify();
    }

    @GetMapping("/head")
    Head head() {
        return trail.head().map(AuditApiController::head).orElse(new Head(0, AuditChain.GENESIS, null));
    }

    private static Head head(AuditEntry entry) {
        return new Head(entry.seq(), entry.hash(), entry.at());
    }
}
