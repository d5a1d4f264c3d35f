package org.tsuho.triage.web;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.intake.RequestView;
import org.tsuho.triage.Answers;
import org.tsuho.triage.InformationRequest;

/** {@code /api/v1/requests/{id}/answer}: a company answers a request for information. */
@RestController
class RequestApiController {

    record AnswerBody(String answer) {
    }

    private final Answers answers;

    RequestApiController(Answers answers) {
        this.answers = answers;
    }

    @PostMapping(path = "/api/v1/requests/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    RequestView answer(Actor actor, @PathVariable UUID id, @RequestBody AnswerBody body) {
        InformationRequest r = answers.answer(actor, id, body.answer());
        return new RequestView(r.id(), r.question(), r.askedAt(), r.dueAt(), r.answer(), r.answeredAt());
    }
}
