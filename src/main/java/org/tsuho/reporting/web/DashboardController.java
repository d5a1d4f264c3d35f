package org.tsuho.reporting.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsuho.reporting.Dashboard;
import org.tsuho.reporting.Dashboards;

/** {@code /dashboard}: the supervisors' overview of workload, intake, lateness, escalations, proceedings and appeals. */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final MessageSource messages;

    DashboardController(Dashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(Locale locale, Model model) {
        Dashboard dashboard = dashboards.now();
        Labels labels = new Labels(messages, locale);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", DashboardCharts.of(dashboard, labels));
        model.addAttribute("labels", labels);
        model.addAttribute("ages", DashboardCharts.ageBuckets(labels));
        return "reporting/dashboard";
    }
}
