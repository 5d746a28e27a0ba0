package io.apiemulator.onna.upload;

/** The right to write one upload, held by one request: the row as it was claimed and the claim's token. */
record Claim(Upload upload, String token) {

    String resourceId() {
        return upload.resourceId();
    }
}
