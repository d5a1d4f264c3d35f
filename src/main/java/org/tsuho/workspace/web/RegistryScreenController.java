package org.tsuho.workspace.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.registry.OperatorInput;
import org.tsuho.registry.OperatorStatus;
import org.tsuho.registry.Registry;
import org.tsuho.registry.RegistryChanges;
import org.tsuho.registry.RegistryEntry;
import org.tsuho.registry.Sector;
import org.tsuho.web.FormErrors;
import org.tsuho.workspace.ComplianceRecords;

/**
 * The registry's screens: the list (staff), an operator's compliance record (staff), and the administrator's
 * form to add or change an operator. Saving redirects with a notice (POST-redirect-GET).
 */
@Controller
class RegistryScreenController {

    /** Contact rows the form offers: the operator's contacts and at least one empty row. */
    static final int CONTACT_ROWS = 3;
    static final int LIST_LIMIT = 1000;

    private final Registry registry;
    private final ComplianceRecords records;
    private final MessageSource messages;

    RegistryScreenController(Registry registry, ComplianceRecords records, MessageSource messages) {
        this.registry = registry;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping("/registry")
    String list(@RequestParam(required = false) String sector, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, Model model, Locale locale) {
        OperatorStatus wanted = Arrays.stream(OperatorStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        String sectorCode = sector == null || sector.isBlank() ? null : sector;
        model.addAttribute("entries", registry.search(sectorCode, wanted, q, null, LIST_LIMIT));
        model.addAttribute("sectors", sectorNames(locale));
        model.addAttribute("statuses", OperatorStatus.values());
        model.addAttribute("sector", sectorCode);
        model.addAttribute("status", wanted == null ? null : wanted.name());
        model.addAttribute("q", q);
        return "registry/list";
    }

    @GetMapping("/registry/{corporateNumber}")
    String detail(Actor actor, @PathVariable String corporateNumber, Model model, Locale locale) {
        model.addAttribute("record", records.of(actor, corporateNumber));
        model.addAttribute("sectors", sectorNames(locale));
        return "registry/detail";
    }

    @GetMapping("/registry/new")
    String createForm(Model model, Locale locale) {
        return form(model, locale, new OperatorInput(null, null, null, null, null, null, OperatorStatus.DESIGNATED.name(), List.of()),
                false, FormErrors.none());
    }

    @PostMapping("/registry/new")
    String create(Actor actor, @ModelAttribute("operator") OperatorInput input, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            RegistryEntry entry = registry.create(actor.username(), withoutEmptyContacts(input), RegistryChanges.Source.SCREEN);
            redirect.addFlashAttribute("notice", messages.getMessage("registry.saved", null, locale));
            return "redirect:/registry/" + entry.corporateNumber();
        } catch (InvalidInputException e) {
            return form(model, locale, input, false, FormErrors.of(e.problems(), messages, locale));
        }
    }

    @GetMapping("/registry/{corporateNumber}/edit")
    String editForm(@PathVariable String corporateNumber, Model model, Locale locale) {
        RegistryEntry entry = registry.get(corporateNumber);
        OperatorInput input = new OperatorInput(entry.corporateNumber(), entry.nameJa(), entry.nameEn(), entry.sector(), entry.ministry(),
                entry.designatedOn() == null ? null : entry.designatedOn().toString(), entry.status().name(),
                entry.contacts().stream().map(c -> new OperatorInput.ContactInput(c.name(), c.department(), c.email(), c.phone())).toList());
        return form(model, locale, input, true, FormErrors.none());
    }

    @PostMapping("/registry/{corporateNumber}/edit")
    String edit(Actor actor, @PathVariable String corporateNumber, @ModelAttribute("operator") OperatorInput input, Model model,
                Locale locale, RedirectAttributes redirect) {
        registry.get(corporateNumber);
        try {
            registry.update(actor.username(), corporateNumber, withoutEmptyContacts(input), RegistryChanges.Source.SCREEN);
            redirect.addFlashAttribute("notice", messages.getMessage("registry.saved", null, locale));
            return "redirect:/registry/" + corporateNumber;
        } catch (InvalidInputException e) {
            OperatorInput sameNumber = new OperatorInput(corporateNumber, input.nameJa(), input.nameEn(), input.sector(), input.ministry(),
                    input.designatedOn(), input.status(), input.contacts());
            return form(model, locale, sameNumber, true, FormErrors.of(e.problems(), messages, locale));
        }
    }

    private String form(Model model, Locale locale, OperatorInput input, boolean editing, FormErrors errors) {
        List<OperatorInput.ContactInput> rows = new ArrayList<>(input.contacts() == null ? List.of() : input.contacts());
        while (rows.size() < CONTACT_ROWS || rows.stream().noneMatch(RegistryScreenController::empty)) {
            rows.add(new OperatorInput.ContactInput(null, null, null, null));
        }
        model.addAttribute("operator", input);
        model.addAttribute("contactRows", rows);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("sectors", registry.sectors());
        model.addAttribute("statuses", OperatorStatus.values());
        return "registry/form";
    }

    /** The form always offers empty contact rows; they are not contacts. */
    private static OperatorInput withoutEmptyContacts(OperatorInput input) {
        List<OperatorInput.ContactInput> contacts = input.contacts() == null ? List.of()
                : input.contacts().stream().filter(c -> c != null && !empty(c)).toList();
        return new OperatorInput(input.corporateNumber(), input.nameJa(), input.nameEn(), input.sector(), input.ministry(),
                input.designatedOn(), input.status(), contacts);
    }

    private static boolean empty(OperatorInput.ContactInput c) {
        return blank(c.name()) && blank(c.department()) && blank(c.email()) && blank(c.phone());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Map<String, String> sectorNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Sector s : registry.sectors()) {
            names.put(s.code(), s.name(locale));
        }
        return names;
    }
}
