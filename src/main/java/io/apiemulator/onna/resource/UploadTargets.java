package io.apiemulator.onna.resource;

/**
 * What the TUS upload endpoint needs from resources: whether an upload may target a resource, and where to
 * record the file once its bytes are complete. Implemented by the resource package; used by {@code onna.upload}.
 */
public interface UploadTargets {

    /** True when a file or ticket with this onna_id exists and belongs to the account. */
    boolean exists(String accountId, String resourceId);

    /** Fills the resource's md5, size, mime_type, filename and extension once its upload completed. */
    void recordUpload(String resourceId, UploadedFile file);
}
