package org.tsuho.intake;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tsuho.casefile.RetainedRecords;

/**
 * Record class {@code contact-data}: the contact person's name, e-mail address and phone number on a closed case's
 * reports are redacted once the rulebook's period has passed. The rest of the report stays as filed.
 */
@Component
class ContactRetention implements RetainedRecords {

    private final JdbcClient jdbc;

    ContactRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordClass() {
        return "contact-data";
    }

    @Override
    public int clear(UUID caseId) {
        return jdbc.sql("""
                        update reports set contact_name = null, contact_email = null, contact_phone = null
                         where case_id = ? and (contact_name is not null or contact_email is not null or contact_phone is not null)
                        """)
                .param(caseId).update();
    }
}
