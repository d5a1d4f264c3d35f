package org.tsuho.escalation;

/** How a package was delivered: the JSON package of the API, or its STIX 2.1 bundle. */
public enum DisclosureFormat {
    PACKAGE, STIX
}
