package org.tsuho.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.enforcement.NoticeServed;
import org.tsuho.intake.ReportReceived;
import org.tsuho.intake.StoredReport;
import org.tsuho.registry.Operator;
import org.tsuho.registry.Operators;
import org.tsuho.triage.InformationRequested;

/**
 * Mail to companies, written while the event's transaction is still open (plain {@code @EventListener}, not after
 * commit): the receipt acknowledgement of each report, each request for information, and each notice served with its
 * PDF (rulings on appeals are notices too).
 */
@Component
class CompanyMails {

    private final Mails mails;
    private final CompanyAddresses addresses;
    private final CaseFiles cases;
    private final Operators operators;

    CompanyMails(Mails mails, CompanyAddresses addresses, CaseFiles cases, Operators operators) {
        this.mails = mails;
        this.addresses = addresses;
        this.cases = cases;
        this.operators = operators;
    }

    @EventListener
    void on(ReportReceived received) {
        StoredReport report = received.report();
        Map<String, Object> variables = new HashMap<>();
        variables.put("companyName", companyName(report.companyId()));
        variables.put("receiptNumber", report.receiptNumber());
        variables.put("caseNumber", received.caseNumber());
        variables.put("kind", report.kind().name());
        variables.put("stage", report.stage() == null ? "" : report.stage().name());
        variables.put("title", report.title());
        variables.put("submittedAt", MailTemplates.time(report.submittedAt(), MailTemplates.JAPANESE));
        variables.put("late", report.late());
        for (String address : addresses.forReport(report)) {
            mails.enqueue("receipt:" + report.id(), address, MailTemplates.JAPANESE, "receipt", variables, List.of());
        }
    }

    @EventListener
    void on(InformationRequested requested) {
        CaseSummary kase = cases.get(requested.caseId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("companyName", companyName(kase.companyId()));
        variables.put("caseNumber", kase.caseNumber());
        variables.put("question", requested.question());
        variables.put("dueAt", MailTemplates.time(requested.dueAt(), MailTemplates.JAPANESE));
        for (String address : addresses.forCase(kase.id(), kase.companyId())) {
            mails.enqueue("information-request:" + requested.requestId(), address, MailTemplates.JAPANESE, "information-request",
                    variables, List.of());
        }
    }

    @EventListener
    void on(NoticeServed served) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("companyName", companyName(served.companyId()));
        variables.put("noticeNumber", served.number());
        variables.put("type", served.type().name());
        variables.put("caseNumber", cases.get(served.caseId()).caseNumber());
        List<Attachment> pdf = List.of(Attachment.noticePdf(served.number() + ".pdf", served.noticeId()));
        for (String address : addresses.forNotice(served.companyId(), served.caseId())) {
            mails.enqueue("notice:" + served.noticeId(), address, MailTemplates.JAPANESE, "notice", variables, pdf);
        }
    }

    private String companyName(String companyId) {
        return operators.find(companyId).map(Operator::nameJa).orElse(companyId);
    }
}
