package org.tsuho.tasks.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Limit;
import org.tsuho.platform.paging.Page;
import org.tsuho.tasks.Scope;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;

/** {@code /api/v1/tasks}: staff queues, claim, unclaim, complete. */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskApiController {

    private final Tasks tasks;

    TaskApiController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    Page<TaskItem> queue(Actor actor, @RequestParam(defaultValue = "mine") String scope,
                         @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return tasks.queue(actor, scope(scope), Limit.of(limit), cursor);
    }

    @GetMapping("/{id}")
    TaskItem get(Actor actor, @PathVariable String id) {
        return tasks.get(actor, id);
    }

    @PostMapping("/{id}/claim")
    TaskItem claim(Actor actor, @PathVariable String id) {
        return tasks.claim(actor, id);
    }

    @PostMapping("/{id}/unclaim")
    TaskItem unclaim(Actor actor, @PathVariable String id) {
        return tasks.unclaim(actor, id);
    }

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    Completed complete(Actor actor, @PathVariable String id, @RequestBody JsonNode body) {
        tasks.complete(actor, id, body);
        return new Completed(id, true);
    }

    record Completed(String id, boolean completed) {
    }

    private static Scope scope(String text) {
        try {
            return Scope.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scope", "error.oneOf", "mine, group, overdue");
        }
    }
}
