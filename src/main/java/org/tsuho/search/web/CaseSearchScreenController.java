package org.tsuho.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Tlp;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.paging.Page;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Sector;
import org.tsuho.search.CaseExport;
import org.tsuho.search.CaseFilter;
import org.tsuho.search.CaseHit;
import org.tsuho.search.CaseSearch;
import org.tsuho.search.SavedSearch;
import org.tsuho.search.SavedSearches;
import org.tsuho.search.SearchParameters;
import org.tsuho.web.FormErrors;
import org.tsuho.web.JapanTime;

/**
 * The staff search screen {@code /cases}: a GET form (so that a search is a link to share), results in keyset pages,
 * the CSV export of the whole result, and the person's saved searches. Received dates are days in Japan time.
 */
@Controller
@RequestMapping("/cases")
class CaseSearchScreenController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm").withZone(JapanTime.ZONE);

    private final CaseSearch search;
    private final CaseExport export;
    private final SavedSearches saved;
    private final Operators operators;
    private final MessageSource messages;
    private final Clock clock;

    CaseSearchScreenController(CaseSearch search, CaseExport export, SavedSearches saved, Operators operators,
                               MessageSource messages, Clock clock) {
        this.search = search;
        this.export = export;
        this.saved = saved;
        this.operators = operators;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Actor actor, SearchParameters parameters, @RequestParam(required = false) String cursor, Locale locale, Model model) {
        FormErrors errors = FormErrors.none();
        Page<CaseHit> page = new Page<>(List.of(), null);
        try {
            page = search.page(parameters.toFilter(SearchParameters.Dates.JAPAN_DAYS, sectorCodes()), cursor, PAGE_SIZE);
        } catch (InvalidInputException e) {
            errors = errors(e, locale);
        }
        return page(actor, parameters, page, errors, locale, model);
    }

    /** The whole result as CSV in the reader's language and Japan time; a bad filter goes back to the form. */
    @GetMapping("/export.csv")
    String export(Actor actor, SearchParameters parameters, Locale locale, HttpServletResponse response) throws IOException {
        CaseFilter filter;
        try {
            filter = parameters.toFilter(SearchParameters.Dates.JAPAN_DAYS, sectorCodes());
        } catch (InvalidInputException e) {
            return "redirect:" + href("/cases", parameters);
        }
        response.setContentType(CaseExport.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"cases-" + FILE_TIME.format(clock.instant()) + ".csv\"");
        export.write(actor, filter, CaseExport.Style.READABLE, locale, response.getOutputStream());
        return null;
    }

    /** Saves the search on the page under a name (the same name again replaces it). */
    @PostMapping("/searches")
    String save(Actor actor, SearchParameters parameters, @RequestParam(required = false) String name, Locale locale,
                Model model, RedirectAttributes redirect) {
        try {
            SavedSearch kept = saved.save(actor, name, parameters, sectorCodes());
            redirect.addFlashAttribute("notice", messages.getMessage("search.saved", new Object[] {kept.name()}, locale));
            return "redirect:" + href("/cases", parameters);
        } catch (InvalidInputException e) {
            model.addAttribute("searchName", name);
            return page(actor, parameters, new Page<>(List.of(), null), errors(e, locale), locale, model);
        }
    }

    /** Runs a saved search: the search screen with its filter. */
    @GetMapping("/searches/{id}")
    String run(Actor actor, @PathVariable UUID id) {
        SavedSearch kept = saved.get(actor, id);
        return "redirect:/cases" + (kept.query().isEmpty() ? "" : "?" + kept.query());
    }

    @PostMapping("/searches/{id}/delete")
    String delete(Actor actor, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        String name = saved.get(actor, id).name();
        saved.delete(actor, id);
        redirect.addFlashAttribute("notice", messages.getMessage("search.deleted", new Object[] {name}, locale));
        return "redirect:/cases";
    }

    private String page(Actor actor, SearchParameters parameters, Page<CaseHit> page, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("search", parameters);
        model.addAttribute("errors", errors);
        model.addAttribute("searched", errors.isEmpty());
        model.addAttribute("cases", page.items());
        model.addAttribute("nextHref", page.nextCursor() == null ? null
                : href("/cases", parameters) + (parameters.isEmpty() ? "?" : "&") + "cursor=" + page.nextCursor());
        model.addAttribute("exportHref", href("/cases/export.csv", parameters));
        model.addAttribute("savedSearches", saved.of(actor));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("tlps", Arrays.stream(Tlp.values()).map(Tlp::label).toList());
        model.addAttribute("sectorList", operators.sectors().stream().map(s -> Map.entry(s.code(), s.name(locale))).toList());
        model.addAttribute("sectors", operators.sectors().stream().collect(Collectors.toMap(Sector::code, s -> s.name(locale))));
        return "search/cases";
    }

    /** Field names of the form are prefixed ({@code search.status}): their labels are the search's own, not the registry's. */
    private FormErrors errors(InvalidInputException e, Locale locale) {
        return FormErrors.of(e.problems().stream()
                .map(p -> new FieldProblem("search." + p.field(), p.code(), p.args())).toList(), messages, locale);
    }

    private List<String> sectorCodes() {
        return operators.sectors().stream().map(Sector::code).toList();
    }

    private static String href(String path, SearchParameters parameters) {
        String query = parameters.queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
