package org.tsuho.registry;

import java.util.List;

/**
 * An operator as an administrator sends it (API body, screen form or a row of the designation list). Text
 * fields, so that every invalid one can be reported at once.
 *
 * @param ministry     blank: the sector's competent ministry
 * @param designatedOn {@code YYYY-MM-DD} (or {@code YYYY/MM/DD}); optional
 * @param status       DESIGNATED, WITHDRAWN or NOT_DESIGNATED; blank: DESIGNATED
 */
public record OperatorInput(
        String corporateNumber,
        String nameJa,
        String nameEn,
        String sector,
        String ministry,
        String designatedOn,
        String status,
        List<ContactInput> contacts) {

    public record ContactInput(String name, String department, String email, String phone) {
    }
}
