package org.tsuho.registry;

/** Someone at the operator whom the regulator writes to about reports and requests. */
public record ReportingContact(String name, String department, String email, String phone) {
}
