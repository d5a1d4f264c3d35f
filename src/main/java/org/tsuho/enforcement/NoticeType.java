package org.tsuho.enforcement;

/** Notices a proceeding serves on the company. */
public enum NoticeType {
    /** 弁明の機会の付与: the intended disposition and until when the company may explain itself. */
    INTENDED_DISPOSITION,
    /** 処分通知書: the disposition, its reasons and how to appeal (教示). */
    DISPOSITION,
    /** 裁決書: the ruling on an appeal against a DISPOSITION, with how to sue for revocation (教示). */
    RULING
}
