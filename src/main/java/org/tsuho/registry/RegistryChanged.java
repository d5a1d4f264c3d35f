package org.tsuho.registry;

import java.util.List;

/**
 * An operator's registry entry was created or changed; published in the transaction that changed it, after the
 * change was recorded in {@code registry_changes}.
 *
 * @param action  CREATED or UPDATED
 * @param changed the fields that changed (all of them for CREATED)
 */
public record RegistryChanged(String corporateNumber, String changedBy, String action, RegistryChanges.Source source,
                              List<String> changed) {
}
