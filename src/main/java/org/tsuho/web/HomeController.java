package org.tsuho.web;

import static org.tsuho.web.SecurityConfiguration.CASE_READERS;
import static org.tsuho.web.SecurityConfiguration.LIAISONS;
import static org.tsuho.web.SecurityConfiguration.TASK_ROLES;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsuho.identity.Actor;

/**
 * The sign-in page, and the start page of each role: companies their reports, liaisons their agency's referrals, staff
 * their queue, readers the cases.
 */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "web/login";
    }

    @GetMapping("/")
    String home(Actor actor) {
        if (actor.isCompanyUser()) {
            return "redirect:/company/reports";
        }
        if (actor.hasAny(List.of(LIAISONS))) {
            return "redirect:/referrals";
        }
        if (actor.hasAny(List.of(TASK_ROLES))) {
            return "redirect:/inbox";
        }
        if (actor.hasAny(List.of(CASE_READERS))) {
            return "redirect:/cases";
        }
        return "redirect:/error/403";
    }
}
