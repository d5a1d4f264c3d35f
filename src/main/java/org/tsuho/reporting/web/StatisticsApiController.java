package org.tsuho.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsuho.reporting.Transparency;
import org.tsuho.reporting.TransparencyFigures;

/** {@code /api/v1/statistics}: the transparency figures of a fiscal year for oversight and administrators. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    private final Transparency transparency;

    StatisticsApiController(Transparency transparency) {
        this.transparency = transparency;
    }

    /** @param year the fiscal year (April to March); the current one when absent */
    @GetMapping("/transparency")
    TransparencyFigures transparency(@RequestParam(required = false) Integer year) {
        return transparency.of(year == null ? transparency.currentFiscalYear() : year);
    }
}
