package org.tsuho.notification.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.notification.CriticalComputer;
import org.tsuho.notification.CriticalComputers;
import org.tsuho.platform.error.NotFoundException;
import org.tsuho.platform.paging.Page;
import org.tsuho.registry.Operators;

/** {@code GET /api/v1/operators/{corporateNumber}/computers}: an operator's specified critical computers (staff). */
@RestController
class ComputerApiController {

    private final CriticalComputers computers;
    private final Operators operators;

    ComputerApiController(CriticalComputers computers, Operators operators) {
        this.computers = computers;
        this.operators = operators;
    }

    /** Every computer with every accepted version, newest first; the list is short, so it is one page. */
    @GetMapping(path = "/api/v1/operators/{corporateNumber}/computers", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<CriticalComputer> computers(@PathVariable String corporateNumber) {
        operators.find(corporateNumber).orElseThrow(() -> new NotFoundException("operator"));
        return new Page<>(computers.ofCompany(corporateNumber), null);
    }
}
