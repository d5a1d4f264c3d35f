package org.tsuho.registry;

/**
 * Where an operator stands in the designation list. Only a DESIGNATED operator owes reports and notifications;
 * reports from the others are voluntary (任意報告) and never lead to a proceeding.
 */
public enum OperatorStatus {
    /** 指定: designated as a special social infrastructure operator. */
    DESIGNATED,
    /** 指定解除: the designation was withdrawn. */
    WITHDRAWN,
    /** 未指定: never designated; known to the registry because it reports voluntarily. */
    NOT_DESIGNATED
}
