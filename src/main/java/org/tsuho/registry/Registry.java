package org.tsuho.registry;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;

/**
 * The operator registry: staff read it, administrators edit it (the security configuration lists the paths with
 * their roles; the registry sits below identity, so it is told who changes it by name). Every change is recorded
 * with its author and the fields before and after ({@link RegistryChanges}).
 */
@Service
public class Registry {

    private final Operators operators;
    private final RegistryChanges changes;
    private final EntryValidator validator;

    Registry(Operators operators, RegistryChanges changes, EntryValidator validator) {
        this.operators = operators;
        this.changes = changes;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public RegistryEntry get(String corporateNumber) {
        return operators.entry(corporateNumber).orElseThrow(() -> new NotFoundException("operator"));
    }

    @Transactional(readOnly = true)
    public List<RegistryEntry> search(String sector, OperatorStatus status, String query, String after, int limit) {
        return operators.search(sector, status, query, after, limit);
    }

    @Transactional(readOnly = true)
    public List<Sector> sectors() {
        return operators.sectors();
    }

    @Transactional(readOnly = true)
    public List<RegistryChanges.Change> changes(String corporateNumber) {
        return changes.of(corporateNumber);
    }

    /** Adds an operator; a corporate number already in the registry is a conflict. */
    @Transactional
    public RegistryEntry create(String changedBy, OperatorInput input, RegistryChanges.Source source) {
        RegistryEntry entry = valid(input);
        if (operators.lock(entry.corporateNumber()).isPresent()) {
            throw new ConflictException("Operator " + entry.corporateNumber() + " is already in the registry.");
        }
        operators.insert(entry);
        changes.created(entry, changedBy, source);
        return get(entry.corporateNumber());
    }

    /** Replaces an operator's entry. The corporate number is the operator's identity and cannot change. */
    @Transactional
    public RegistryEntry update(String changedBy, String corporateNumber, OperatorInput input, RegistryChanges.Source source) {
        RegistryEntry before = operators.lock(corporateNumber).orElseThrow(() -> new NotFoundException("operator"));
        OperatorInput sameNumber = input.corporateNumber() == null || input.corporateNumber().isBlank()
                ? new OperatorInput(corporateNumber, input.nameJa(), input.nameEn(), input.sector(), input.ministry(),
                        input.designatedOn(), input.status(), input.contacts())
                : input;
        RegistryEntry after = valid(sameNumber);
        if (!after.corporateNumber().equals(corporateNumber)) {
            throw new InvalidInputException("corporateNumber", "error.corporateNumberChanged");
        }
        if (!before.summary().equals(after.summary()) || !before.contacts().equals(after.contacts())) {
            operators.update(after);
            changes.updated(before, after, changedBy, source);
        }
        return get(corporateNumber);
    }

    private RegistryEntry valid(OperatorInput input) {
        EntryValidator.Checked checked = validator.check(input, operators.sectorsByCode());
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.problems());
        }
        return checked.entry();
    }
}
