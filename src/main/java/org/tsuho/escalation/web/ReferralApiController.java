package org.tsuho.escalation.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.escalation.FeedbackEntry;
import org.tsuho.escalation.FeedbackInput;
import org.tsuho.escalation.ReferralDesk;
import org.tsuho.escalation.ReferralPackage;
import org.tsuho.escalation.ReferralSummary;
import org.tsuho.identity.Actor;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;

/** {@code /api/v1/referrals}: police and MOD liaisons read their agency's referrals and record feedback. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApiController {

    static final MediaType STIX = MediaType.parseMediaType("application/stix+json;version=2.1");

    private final ReferralDesk desk;

    ReferralApiController(ReferralDesk desk) {
        this.desk = desk;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page<ReferralSummary> list(Actor actor, @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String cursor) {
        return desk.list(actor, Limit.of(limit), cursor);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReferralPackage get(Actor actor, @PathVariable UUID id) {
        return desk.open(actor, id);
    }

    /** The STIX media type is set on the response itself, so a client asking for plain JSON gets the bundle too. */
    @GetMapping("/{id}/stix")
    ResponseEntity<ObjectNode> stix(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(STIX).body(desk.stix(actor, id));
    }

    @PostMapping(path = "/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackEntry feedback(Actor actor, @PathVariable UUID id, @RequestBody FeedbackInput body) {
        return desk.feedback(actor, id, body);
    }
}
