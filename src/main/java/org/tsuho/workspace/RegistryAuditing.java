package org.tsuho.workspace;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.audit.AuditTrail;
import org.tsuho.registry.RegistryChanged;

/**
 * Every change to the operator registry enters the audit trail, in the transaction that made it: who, the operator,
 * how (screen, API, import, system) and which fields changed. The values themselves stay in the registry's own
 * record of changes (the trail keeps codes only). The registry sits below identity and cannot call the trail itself.
 */
@Component
class RegistryAuditing {

    private final AuditTrail audit;

    RegistryAuditing(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(RegistryChanged changed) {
        audit.record(changed.changedBy(), null, "OPERATOR_" + changed.action(),
                changed.corporateNumber() + " " + changed.source() + " " + String.join(",", changed.changed()));
    }
}
