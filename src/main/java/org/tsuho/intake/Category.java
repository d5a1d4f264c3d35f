package org.tsuho.intake;

/** Incident categories of the common report forms. */
public enum Category {
    DDOS, RANSOMWARE, OTHER
}
