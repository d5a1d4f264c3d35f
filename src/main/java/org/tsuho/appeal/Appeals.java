package org.tsuho.appeal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.enforcement.DisposedNotice;
import org.tsuho.enforcement.DispositionReview;
import org.tsuho.enforcement.NoticeType;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.numbering.Numbering;

/**
 * Registers a company's appeal against its own DISPOSITION notice, takes its rebuttal while the appeal is under
 * examination, and reads appeals for the people allowed to (a company only its own; others are "not found").
 */
@Service
public class Appeals {

    static final int MAX_TEXT = 20000;
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Who the timeline names when the registration itself dismisses an appeal. */
    static final String SYSTEM = "system";

    private final AppealStore store;
    private final AppealPeriods periods;
    private final DispositionReview dispositions;
    private final CaseFiles cases;
    private final Numbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appeals(AppealStore store, AppealPeriods periods, DispositionReview dispositions, CaseFiles cases, Numbering numbering,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.periods = periods;
        this.dispositions = dispositions;
        this.cases = cases;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the appeal with its deadline and whether it is timely. Filed late without a reason, it is dismissed
     * (却下) at once; filed late with one, the supervisor assigning the examiner decides whether the reason holds.
     */
    @Transactional
    public AppealView file(Actor company, AppealRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        UUID noticeId = uuid("noticeId", request.noticeId(), problems);
        LocalDate learnedOn = date("learnedOn", request.learnedOn(), problems);
        String grounds = Checks.text("grounds", request.grounds(), MAX_TEXT, problems);
        String lateReason = Checks.optionalText("lateReason", request.lateReason(), MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DisposedNotice notice = dispositions.notice(noticeId).filter(n -> n.companyId().equals(company.companyId()))
                .orElseThrow(() -> new NotFoundException("notice"));
        if (notice.type() != NoticeType.DISPOSITION) {
            throw new ConflictException("Only a disposition notice (DISPOSITION) can be appealed; " + notice.noticeNumber() + " is "
                    + notice.type() + ".");
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(JAPAN).toLocalDate();
        LocalDate disposedOn = notice.issuedAt().atZone(JAPAN).toLocalDate();
        if (learnedOn.isBefore(disposedOn) || learnedOn.isAfter(today)) {
            throw new InvalidInputException("learnedOn", "appeal.error.learnedOn", disposedOn.toString(), today.toString());
        }
        if (store.existsFor(noticeId)) {
            throw new ConflictException("Notice " + notice.noticeNumber() + " was already appealed.");
        }
        LocalDate deadline = periods.deadline(learnedOn, disposedOn);
        boolean timely = !today.isAfter(deadline);
        boolean dismissed = !timely && lateReason == null;
        String number = numbering.next('A', now);
        Appeal appeal = new Appeal(UUID.randomUUID(), number, noticeId, notice.proceedingId(), notice.caseId(), notice.companyId(),
                learnedOn, today, deadline, timely, grounds, lateReason, dismissed ? AppealStatus.RULED : AppealStatus.AWAITING_EXAMINER,
                null, null, null, null, null, null, null, dismissed ? Ruling.DISMISSED : null,
                dismissed ? RulingTexts.untimely(deadline) : null, null, dismissed ? SYSTEM : null, dismissed ? now : null, null, null,
                company.username(), now);
        store.insert(appeal);
        cases.record(notice.caseId(), company.username(), "APPEAL_FILED", number + " " + notice.noticeNumber() + (timely ? "" : " LATE"));
        events.publishEvent(new AppealFiled(appeal.id(), number, notice.caseId(), notice.caseNumber(), dismissed));
        return view(store.get(appeal.id()));
    }

    /** The company's rebuttal (反論書) or another written submission, while the examiner hears the appeal. */
    @Transactional
    public Submission submit(Actor company, UUID appealId, String text) {
        Appeal appeal = store.find(appealId).filter(a -> a.companyId().equals(company.companyId()))
                .orElseThrow(() -> new NotFoundException("appeal"));
        appeal = store.lock(appeal.id());
        if (appeal.status() != AppealStatus.UNDER_EXAMINATION) {
            throw new ConflictException("Submissions are taken only while the appeal is under examination; it is " + appeal.status() + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String body = Checks.text("text", text, MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Submission submission = new Submission(UUID.randomUUID(), body, company.username(), clock.instant());
        store.insertSubmission(appeal.id(), submission);
        cases.record(appeal.caseId(), company.username(), "APPEAL_SUBMISSION", appeal.number());
        return submission;
    }

    @Transactional(readOnly = true)
    public AppealView get(Actor actor, UUID id) {
        return view(store.find(id).filter(a -> !actor.isCompanyUser() || a.companyId().equals(actor.companyId()))
                .orElseThrow(() -> new NotFoundException("appeal")));
    }

    /** Newest first: a company's own, or every appeal for staff. */
    @Transactional(readOnly = true)
    public List<AppealView> list(Actor actor, int limit) {
        return list(actor, null, null, limit);
    }

    /** The next page after the appeal filed at {@code beforeFiledAt} with {@code beforeId} (both null: the first). */
    @Transactional(readOnly = true)
    public List<AppealView> list(Actor actor, Instant beforeFiledAt, UUID beforeId, int limit) {
        return store.latest(actor.isCompanyUser() ? actor.companyId() : null, beforeFiledAt, beforeId, limit).stream()
                .map(this::view).toList();
    }

    /** The appeals an examiner was assigned and that are not yet ruled. */
    @Transactional(readOnly = true)
    public List<AppealView> assignedTo(Actor examiner) {
        return store.assignedTo(examiner.username()).stream().map(this::view).toList();
    }

    private AppealView view(Appeal a) {
        DisposedNotice notice = dispositions.notice(a.noticeId()).orElseThrow();
        return new AppealView(a.id(), a.number(), a.status(), a.timely(), a.deadline(), a.noticeId(), notice.noticeNumber(),
                a.proceedingId(), notice.proceedingNumber(), a.caseId(), notice.caseNumber(), a.companyId(), a.learnedOn(), a.filedOn(), a.grounds(), a.lateReason(),
                a.examiner(), a.agencyStatement(), a.oralStatement(), a.opinion(), a.recommendedRuling(), a.ruling(), a.rulingReasons(),
                a.variedFineYen(), a.ruledBy(), a.ruledAt(), a.rulingNoticeId(), a.filedAt(), store.submissions(a.id()),
                a.status() == AppealStatus.UNDER_EXAMINATION);
    }

    private static UUID uuid(String field, String value, List<FieldProblem> problems) {
        String text = Checks.text(field, value, 100, problems);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "error.format"));
            return null;
        }
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        String text = Checks.text(field, value, 100, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "error.format"));
            return null;
        }
    }
}
