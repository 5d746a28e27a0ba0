package io.apiemulator.kernel.state;

/**
 * State kept outside the database (upload bytes on disk, in-memory caches) that must be dropped when the
 * emulator is reset to its seeded state ({@code POST /__admin/reset}). Called after the tables are emptied
 * and before the seeders run again.
 */
public interface ResetListener {

    void reset();
}
