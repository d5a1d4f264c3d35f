package org.tsuho.enforcement.web;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.enforcement.ProceedingRequest;
import org.tsuho.enforcement.ProceedingView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.enforcement.Proceedings;
import org.tsuho.identity.Actor;

/** {@code /api/v1/proceedings}: case workers open proceedings, staff read them. */
@RestController
@RequestMapping(path = "/api/v1/proceedings", produces = MediaType.APPLICATION_JSON_VALUE)
class ProceedingApiController {

    private final Proceedings proceedings;
    private final ProceedingViews views;

    ProceedingApiController(Proceedings proceedings, ProceedingViews views) {
        this.proceedings = proceedings;
        this.views = views;
    }

    /** 201 for a new proceeding; 200 when the request joined the one already open for the case. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProceedingView> open(Actor actor, @RequestBody ProceedingRequest request) {
        Proceedings.Opened opened = proceedings.request(actor, request);
        ProceedingView view = views.get(opened.proceeding().id());
        URI location = URI.create("/api/v1/proceedings/" + view.id());
        return opened.created() ? ResponseEntity.created(location).body(view)
                : ResponseEntity.status(HttpStatus.OK).location(location).body(view);
    }

    @GetMapping("/{id}")
    ProceedingView get(@PathVariable UUID id) {
        return views.get(id);
    }
}
