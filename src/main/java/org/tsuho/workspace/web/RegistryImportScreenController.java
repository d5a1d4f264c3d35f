package org.tsuho.workspace.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.registry.ImportPreview;
import org.tsuho.registry.RegistryImport;
import org.tsuho.web.FormErrors;

/**
 * Importing the designation list on screen: upload, the dry-run preview with each row's problems, then import.
 * The previewed file waits in the administrator's session, and the import names it by digest, so what is
 * imported is exactly what was previewed.
 */
@Controller
class RegistryImportScreenController {

    static final String PENDING = "registry.pendingImport";

    /** The previewed file, waiting for the administrator to import it. */
    record PendingImport(String fileName, byte[] content, String digest) implements Serializable {
    }

    private final RegistryImport imports;
    private final MessageSource messages;

    RegistryImportScreenController(RegistryImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/registry/import")
    String upload(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "registry/import";
    }

    /** The dry run: changes nothing, shows what each row would do. */
    @PostMapping("/registry/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", FormErrors.of(List.of(FieldProblem.of("file", "error.required")), messages, locale));
            return "registry/import";
        }
        byte[] content = file.getBytes();
        ImportPreview preview = imports.preview(content);
        PendingImport pending = new PendingImport(file.getOriginalFilename(), content, digest(content));
        session.setAttribute(PENDING, pending);
        return previewPage(model, locale, pending, preview);
    }

    @PostMapping("/registry/import/apply")
    String apply(Actor actor, @RequestParam String digest, HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !pending.digest().equals(digest)) {
            redirect.addFlashAttribute("alert", messages.getMessage("registry.import.expired", null, locale));
            return "redirect:/registry/import";
        }
        try {
            ImportPreview done = imports.apply(actor.username(), pending.content());
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("notice", messages.getMessage("registry.import.done",
                    new Object[] {done.count(ImportPreview.Action.CREATE), done.count(ImportPreview.Action.UPDATE)}, locale));
            return "redirect:/registry";
        } catch (InvalidInputException e) {
            // The registry changed since the preview (another administrator): show the file as it reads now.
            return previewPage(model, locale, pending, imports.preview(pending.content()));
        }
    }

    private String previewPage(Model model, Locale locale, PendingImport pending, ImportPreview preview) {
        model.addAttribute("errors", FormErrors.of(preview.fileProblems(), messages, locale));
        model.addAttribute("preview", preview);
        model.addAttribute("counts", Arrays.stream(ImportPreview.Action.values())
                .collect(Collectors.toMap(Enum::name, preview::count)));
        model.addAttribute("rowErrors", preview.rows().stream()
                .collect(Collectors.toMap(ImportPreview.Row::line, r -> FormErrors.of(r.problems(), messages, locale))));
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("digest", pending.digest());
        return "registry/import";
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
