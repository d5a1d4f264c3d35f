package org.tsuho.appeal;

/** 裁決 (行政不服審査法 第45条〜第47条). */
public enum Ruling {
    /** 却下: unlawful, for instance filed after the period without a justifiable reason. */
    DISMISSED,
    /** 棄却: rejected on the merits; the disposition stays in force. */
    REJECTED,
    /** 認容 (取消し): the disposition is revoked. */
    GRANTED_REVOKED,
    /** 認容 (変更): the fine is replaced by a lower one. */
    GRANTED_VARIED
}
