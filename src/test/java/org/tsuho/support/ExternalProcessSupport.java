package org.tsuho.support;

/**
 * What the test classes that launch processes of their own (Tsuho nodes, Keycloak) share: the paths Maven passes
 * them as system properties, and waiting between polls of a process that is starting.
 */
final class ExternalProcessSupport {

    private ExternalProcessSupport() {
    }

    /** A system property Maven sets for the tests; without it they were not started through Maven. */
    static String requiredProperty(String property, String howToRun) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set; " + howToRun);
        }
        return value;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
