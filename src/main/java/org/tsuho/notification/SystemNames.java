package org.tsuho.notification;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a system's (or product's) name is compared: operators write the same computer as {@code 基幹系サーバ},
 * {@code 基幹系　サーバ} or with full-width letters, so names are compared by key, not as typed.
 */
final class SystemNames {

    private SystemNames() {
    }

    /** NFKC (full-width to half-width), lower case, without white space. */
    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
