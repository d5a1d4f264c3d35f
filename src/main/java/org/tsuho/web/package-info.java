/**
 * Web: what every screen and API call shares — security chains, the problem+json error format, the layout's
 * helpers (Japan time, language switch), error pages and security headers.
 */
package org.tsuho.web;
