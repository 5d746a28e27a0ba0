package io.apiemulator.onna.resource;

/** The facts about a completed upload that a file read reports. {@code mimeType}/{@code filename} may be null. */
public record UploadedFile(String md5, long size, String mimeType, String filename, String extension) {
}
