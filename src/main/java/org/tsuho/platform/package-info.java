/**
 * Shared kernel: the database bootstrap (embedded PostgreSQL by default), the clock every module reads,
 * and the error types that map onto HTTP problems. Holds no business rules.
 * <p>
 * An open module: every module may use all of its sub-packages ({@code error}, {@code paging}, {@code database},
 * {@code numbering}, {@code process}), which is what a shared kernel is for.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.tsuho.platform;

import org.springframework.modulith.ApplicationModule;
