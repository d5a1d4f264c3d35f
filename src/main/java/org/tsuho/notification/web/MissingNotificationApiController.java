package org.tsuho.notification.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.notification.MissingNotificationProceedings;
import org.tsuho.notification.ProceedingRequest;

/**
 * {@code POST /api/v1/cases/{id}/missing-notification-proceeding}: a case worker opens a penalty proceeding for
 * the missing notification a case is flagged with, in one step ({@code 409} if the case is not flagged, is
 * voluntary, or already has one).
 */
@RestController
class MissingNotificationApiController {

    /** @param grounds optional: why, in the case worker's words */
    record ProceedingBody(String grounds) {
    }

    private final MissingNotificationProceedings proceedings;

    MissingNotificationApiController(MissingNotificationProceedings proceedings) {
        this.proceedings = proceedings;
    }

    @PostMapping(path = "/api/v1/cases/{id}/missing-notification-proceeding", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProceedingRequest> open(Actor actor, @PathVariable UUID id, @RequestBody(required = false) ProceedingBody body) {
        ProceedingRequest request = proceedings.request(actor, id, body == null ? null : body.grounds());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(request);
    }
}
