package org.tsuho.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditFilter;
import org.tsuho.audit.AuditTrail;

/** Reads what a test added to the audit trail: the shared test database holds every other test's entries too. */
public final class AuditLog {

    private AuditLog() {
    }

    /** The chain position to compare against later; 0 for an empty trail. */
    public static long mark(AuditTrail trail) {
        return trail.head().map(AuditEntry::seq).orElse(0L);
    }

    /** The entries after {@code mark}, oldest first. */
    public static List<AuditEntry> since(AuditTrail trail, long mark) {
        List<AuditEntry> found = new ArrayList<>();
        Long before = null;
        List<AuditEntry> page;
        do {
            page = trail.search(AuditFilter.none(), before, 200);
            for (AuditEntry entry : page) {
                if (entry.seq() <= mark) {
                    Collections.reverse(found);
                    return found;
                }
                found.add(entry);
                before = entry.seq();
            }
        } while (page.size() == 200);
        Collections.reverse(found);
        return found;
    }
}
