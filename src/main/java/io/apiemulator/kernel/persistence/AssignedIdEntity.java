package io.apiemulator.kernel.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * The base of entities whose id the emulator makes before storing them. Spring Data cannot tell from such an id
 * that the entity is new, so a repository's {@code save} would merge it: a SELECT by id before every INSERT.
 * An entity is new here until Hibernate has stored or loaded it, so {@code save} inserts a new one at once.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<String> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
