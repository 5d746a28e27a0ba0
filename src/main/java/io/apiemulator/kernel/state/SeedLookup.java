package io.apiemulator.kernel.state;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.stereotype.Component;

/**
 * How a seed section finds a row it is about to create or update. While seeding tables that are empty and that
 * nobody else writes to meanwhile (a reset, in the transaction that emptied them and whose table locks keep other
 * writers out; the start-up of the in-memory database, before the port opens), every row there is was written by
 * the seeding transaction and is still managed by its EntityManager: a look-up asks only that, sending no SQL and
 * so flushing nothing early. Any other time it asks the database.
 */
@Component
public class SeedLookup {

    private static final ThreadLocal<Boolean> INTO_EMPTY_TABLES = new ThreadLocal<>();

    private final EntityManager entityManager;

    SeedLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The row of {@code type} with this id, or null. */
    public <T> T find(Class<T> type, Object id) {
        if (INTO_EMPTY_TABLES.get() == null) {
            return entityManager.find(type, id);
        }
        SharedSessionContractImplementor session = session();
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        return type.cast(session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister)));
    }

    /** The row with a unique key that {@code query} finds; {@code matches} is the query's condition in Java. */
    public <T> Optional<T> one(Class<T> type, Predicate<? super T> matches, Supplier<Optional<T>> query) {
        return INTO_EMPTY_TABLES.get() == null ? query.get() : managed(type).filter(matches).findAny();
    }

    /** The first row, in {@code order}, that {@code query} finds; {@code matches} is the query's condition in Java. */
    public <T> Optional<T> first(Class<T> type, Predicate<? super T> matches, Comparator<? super T> order,
            Supplier<Optional<T>> query) {
        return INTO_EMPTY_TABLES.get() == null ? query.get() : managed(type).filter(matches).min(order);
    }

    private <T> Stream<T> managed(Class<T> type) {
        return session().getPersistenceContextInternal().getEntitiesByKey().values().stream().filter(type::isInstance)
                .map(type::cast);
    }

    private SharedSessionContractImplementor session() {
        return entityManager.unwrap(SharedSessionContractImplementor.class);
    }

    /** Runs {@code seeding} over tables that are empty and that nobody else writes to until it is done. */
    <T> T intoEmptyTables(Supplier<T> seeding) {
        INTO_EMPTY_TABLES.set(Boolean.TRUE);
        try {
            return seeding.get();
        }
        finally {
            INTO_EMPTY_TABLES.remove();
        }
    }
}
