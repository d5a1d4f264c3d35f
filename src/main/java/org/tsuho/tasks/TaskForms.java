package org.tsuho.tasks;

import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.error.RefusedException;

/**
 * How a screen completes a task from a form, the same on every page that has task forms: invalid input goes back
 * on the page with what was typed; a refusal names its rule; a task taken or finished meanwhile is a message, not an
 * error page; success returns to the page with a notice.
 */
@Component
public class TaskForms {

    private final Tasks tasks;
    private final MessageSource messages;

    TaskForms(Tasks tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /**
     * @param task      the caller's task of this key, or null when they hold none
     * @param page      where to return, e.g. {@code /proceedings/<id>}
     * @param onInvalid renders the page again with the field problems; its view name is returned
     */
    public String complete(Actor actor, TaskItem task, String taskKey, Object body, String page, Locale locale,
                           RedirectAttributes redirect, Function<InvalidInputException, String> onInvalid) {
        if (task == null) {
            return back(page, redirect, "alert", messages.getMessage("proceeding.notHeld", null, locale));
        }
        try {
            tasks.complete(actor, task.id(), body);
        } catch (InvalidInputException e) {
            return onInvalid.apply(e);
        } catch (RefusedException e) {
            return back(page, redirect, "alert", messages.getMessage("proceeding.refused", null, locale) + " " + e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            return back(page, redirect, "alert", messages.getMessage("proceeding.notHeld", null, locale));
        }
        return back(page, redirect, "notice", messages.getMessage("proceeding.taskDone",
                new Object[] {messages.getMessage("task." + taskKey, null, locale)}, locale));
    }

    private static String back(String page, RedirectAttributes redirect, String kind, String message) {
        redirect.addFlashAttribute(kind, message);
        return "redirect:" + page;
    }
}
