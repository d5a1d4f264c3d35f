package org.tsuho.enforcement;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues notices and how they are printed.
 *
 * @param authority the disposing authority named on every notice, and to whom appeals go (教示)
 * @param office    where a company hands in its written explanation (弁明書) on paper
 * @param pdfFont   a Japanese TrueType font embedded in every notice PDF (IPAexGothic by default, from the Debian
 *                  package {@code fonts-ipaexfont}); PDF text stays extractable as the same characters
 */
@ConfigurationProperties("tsuho.enforcement")
public record EnforcementSettings(String authority, String office, Path pdfFont) {
}
