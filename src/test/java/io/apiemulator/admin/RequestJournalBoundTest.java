package io.apiemulator.admin;

import java.time.Instant;
import java.util.Map;

import io.apiemulator.admin.journal.JournalEntry;
import io.apiemulator.admin.journal.RequestJournal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestJournalBoundTest {

    @Test
    void keepsOnlyTheNewestEntries() {
        RequestJournal journal = RequestJournal.withCapacity(3);
        for (int i = 1; i <= 5; i++) {
            journal.record(entry(journal.nextId()));
        }
        assertThat(journal.size()).isEqualTo(3);
        assertThat(journal.find(e -> true, 10)).extracting(JournalEntry::id).containsExactly(5L, 4L, 3L);
    }

    @Test
    void sizeZeroKeepsNothing() {
        RequestJournal journal = RequestJournal.withCapacity(0);
        journal.record(entry(1));
        assertThat(journal.size()).isZero();
    }

    private static JournalEntry entry(long id) {
        return new JournalEntry(id, Instant.EPOCH, "GET", "/v1/health", null, 200, "onna", Map.of(), 0, 1, null);
    }
}
