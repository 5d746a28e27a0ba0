package io.apiemulator.kernel.startup;

/** What a family wants a user to read once the server is up, e.g. its demo credentials. */
public interface StartupAnnouncement {

    String describe();
}
