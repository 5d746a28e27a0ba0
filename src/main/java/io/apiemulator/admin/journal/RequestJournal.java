package io.apiemulator.admin.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import io.apiemulator.admin.AdminProperties;
import io.apiemulator.kernel.state.ResetListener;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The last {@code emulator.admin.journal-size} requests, in memory, newest dropped last. */
@Component
public class RequestJournal implements ResetListener {

    private final int capacity;
    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private long nextId = 1;

    @Autowired
    RequestJournal(AdminProperties properties) {
        this(properties.journalSize());
    }

    private RequestJournal(int capacity) {
        this.capacity = capacity;
    }

    public static RequestJournal withCapacity(int capacity) {
        return new RequestJournal(capacity);
    }

    public synchronized long nextId() {
        return nextId++;
    }

    public synchronized void record(JournalEntry entry) {
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** Matching entries, newest first, at most {@code limit}. */
    public synchronized List<JournalEntry> find(Predicate<JournalEntry> filter, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        for (Iterator<JournalEntry> it = entries.descendingIterator(); it.hasNext() && found.size() < limit;) {
            JournalEntry entry = it.next();
            if (filter.test(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }

    @Override
    public void reset() {
        clear();
    }
}
