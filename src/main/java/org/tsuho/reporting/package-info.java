/**
 * Reporting (統計): figures over our own tables — never the engine's history — for the supervisors' dashboard
 * (workload, intake, lateness, escalations, proceedings, appeals; charts drawn on the server as SVG) and the
 * oversight's annual transparency figures by fiscal year, as a page, a CSV file and an API. Read-only.
 */
package org.tsuho.reporting;
