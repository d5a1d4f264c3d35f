package org.tsuho.workspace.web;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.workspace.CaseDetail;
import org.tsuho.workspace.CaseDetails;

/** {@code /api/v1/cases/{id}}: staff read a case (the list is the search module's). */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

    private final CaseDetails details;

    CaseApiController(CaseDetails details) {
        this.details = details;
    }

    @GetMapping("/{id}")
    CaseDetail get(Actor actor, @PathVariable UUID id) {
        return details.get(actor, id);
    }
}
