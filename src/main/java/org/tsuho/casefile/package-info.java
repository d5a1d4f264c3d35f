/**
 * Case file: the case a report opens or joins, its status, severity and timeline. Other modules change a case
 * only through {@link org.tsuho.casefile.CaseFiles}.
 */
package org.tsuho.casefile;
