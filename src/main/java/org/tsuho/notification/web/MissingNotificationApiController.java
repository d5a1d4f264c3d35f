package org.tsuho.notification.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.enforcement.ProceedingView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.enforcement.Proceedings;
import org.tsuho.identity.Actor;
import org.tsuho.notification.MissingNotificationProceedings;

/**
 * {@code POST /api/v1/cases/{id}/missing-notification-proceeding}: a case worker opens a penalty proceeding for the
 * missing notification a case is flagged with, in one step: {@code 201} with the new proceeding, {@code 200} when the
 * failures joined the proceeding already open for the case, {@code 409} if the case is voluntary, not flagged, or
 * every flagged system is already in a proceeding.
 */
@RestController
class MissingNotificationApiController {

    /** @param grounds optional: why, in the case worker's words */
    record ProceedingBody(String grounds) {
    }

    private final MissingNotificationProceedings proceedings;
    private final ProceedingViews views;

    MissingNotificationApiController(MissingNotificationProceedings proceedings, ProceedingViews views) {
        this.proceedings = proceedings;
        this.views = views;
    }

    @PostMapping(path = "/api/v1/cases/{id}/missing-notification-proceeding", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProceedingView> open(Actor actor, @PathVariable UUID id, @RequestBody(required = false) ProceedingBody body) {
        Proceedings.Opened opened = proceedings.request(actor, id, body == null ? null : body.grounds());
        ProceedingView view = views.get(opened.proceeding().id());
        URI location = URI.create("/api/v1/proceedings/" + view.id());
        return opened.created() ? ResponseEntity.created(location).body(view)
                : ResponseEntity.status(HttpStatus.OK).location(location).body(view);
    }
}
