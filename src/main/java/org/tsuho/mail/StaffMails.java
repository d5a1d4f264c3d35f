package org.tsuho.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.StaffAddresses;
import org.tsuho.identity.StaffAddresses.StaffAddress;
import org.tsuho.tasks.TaskAssigned;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;

/**
 * Mail to regulator staff, in their own language: a task handed to them, and once a day the tasks they hold that
 * are overdue or fall due soon. Someone without a known address gets no mail. Company names are left out: the
 * digest also reaches liaisons who may not see them.
 */
@Component
class StaffMails {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** One line of the digest. */
    record DigestLine(String name, String caseNumber, String dueAt, boolean overdue) {
    }

    private final Mails mails;
    private final StaffAddresses addresses;
    private final Tasks tasks;
    private final CaseFiles cases;
    private final MailSettings settings;
    private final Clock clock;

    StaffMails(Mails mails, StaffAddresses addresses, Tasks tasks, CaseFiles cases, MailSettings settings, Clock clock) {
        this.mails = mails;
        this.addresses = addresses;
        this.tasks = tasks;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(TaskAssigned assigned) {
        addresses.of(assigned.assignee()).ifPresent(to -> {
            Map<String, Object> variables = Map.of(
                    "taskName", assigned.name(),
                    "caseNumber", cases.get(assigned.caseId()).caseNumber(),
                    "dueAt", MailTemplates.time(assigned.dueAt(), to.locale()));
            mails.enqueue("task-assigned:" + assigned.taskId(), to.email(), to.locale(), "task-assigned", variables, List.of());
        });
    }

    /**
     * The day's digest for everyone holding a task that is overdue or due within the window; one per person and
     * Japanese calendar day, however often it runs.
     *
     * @return how many people were written to
     */
    @Transactional
    public int sendDigest() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(JAPAN).toLocalDate();
        Map<String, List<TaskItem>> byHolder = tasks.heldDueBefore(now.plus(settings.digestWindow())).stream()
                .collect(Collectors.groupingBy(TaskItem::assignee, LinkedHashMap::new, Collectors.toList()));
        int written = 0;
        for (Map.Entry<String, List<TaskItem>> held : byHolder.entrySet()) {
            StaffAddress to = addresses.of(held.getKey()).orElse(null);
            if (to == null) {
                continue;
            }
            List<DigestLine> lines = held.getValue().stream().map(t -> line(t, to.locale())).toList();
            Map<String, Object> variables = Map.of(
                    "date", today.toString(),
                    "overdue", lines.stream().filter(DigestLine::overdue).toList(),
                    "dueSoon", lines.stream().filter(l -> !l.overdue()).toList());
            mails.enqueue("digest:" + today + ":" + to.username(), to.email(), to.locale(), "digest", variables, List.of());
            written++;
        }
        return written;
    }

    private static DigestLine line(TaskItem task, Locale locale) {
        return new DigestLine(task.name(), task.caseNumber(), MailTemplates.time(task.dueAt(), locale), task.overdue());
    }
}
