package org.tsuho.mail;

import java.util.UUID;

/**
 * A file attached to a mail: bytes stored with it, or a notice whose PDF is printed when the mail is sent.
 *
 * @param reference for {@link Kind#NOTICE_PDF}, the notice id
 */
public record Attachment(String fileName, String contentType, Kind kind, String reference, byte[] content) {

    public enum Kind {
        BYTES,
        NOTICE_PDF
    }

    public static Attachment bytes(String fileName, String contentType, byte[] content) {
        return new Attachment(fileName, contentType, Kind.BYTES, null, content);
    }

    public static Attachment noticePdf(String fileName, UUID noticeId) {
        return new Attachment(fileName, "application/pdf", Kind.NOTICE_PDF, noticeId.toString(), null);
    }
}
