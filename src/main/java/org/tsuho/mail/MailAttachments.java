package org.tsuho.mail;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tsuho.enforcement.NoticeViews;

/** The bytes of an attachment at sending time: stored ones as they are, a notice printed as its PDF. */
@Component
public class MailAttachments {

    private final NoticeViews notices;

    MailAttachments(NoticeViews notices) {
        this.notices = notices;
    }

    byte[] content(Attachment attachment) {
        return switch (attachment.kind()) {
            case BYTES -> attachment.content();
            case NOTICE_PDF -> notices.servedPdf(UUID.fromString(attachment.reference())).content();
        };
    }
}
