package io.apiemulator.onna.resource;

/** The resource types this server ingests, with their id prefix and their path under {@code /v1/resources}. */
enum ResourceKind {

    FILE("fs", "files"),
    TICKET("tk", "tickets");

    private final String idPrefix;
    private final String collection;

    ResourceKind(String idPrefix, String collection) {
        this.idPrefix = idPrefix;
        this.collection = collection;
    }

    String idPrefix() {
        return idPrefix;
    }

    /** The path a resource of this kind is read at, e.g. {@code /v1/resources/files/fs...}. */
    String readPath(String onnaId) {
        return "/v1/resources/" + collection + "/" + onnaId;
    }

    String label() {
        return this == FILE ? "File" : "Ticket";
    }
}
