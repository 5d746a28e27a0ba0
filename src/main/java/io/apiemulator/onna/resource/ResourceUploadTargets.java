package io.apiemulator.onna.resource;

import io.apiemulator.onna.OnnaException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Files and tickets as targets of the TUS upload. */
@Component
class ResourceUploadTargets implements UploadTargets {

    private final ResourceRepository resources;

    ResourceUploadTargets(ResourceRepository resources) {
        this.resources = resources;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String accountId, String resourceId) {
        return resources.existsByOnnaIdAndAccountId(resourceId, accountId);
    }

    /** A resource deleted while its upload was finishing is a 404 for the upload's last request. */
    @Override
    @Transactional
    public void recordUpload(String resourceId, UploadedFile file) {
        resources.findById(resourceId).orElseThrow(() -> OnnaException.notFound("Resource", resourceId))
                .recordUpload(file);
    }
}
