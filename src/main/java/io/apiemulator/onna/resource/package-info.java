/**
 * {@code POST /v1/resources/files} and {@code POST /v1/resources/tickets} (create), and {@code GET} and
 * {@code DELETE /v1/resources/files/{onna_id}} and {@code /v1/resources/tickets/{onna_id}} (read, delete). Start at
 * {@code ResourceController}; a file's read also reports what its completed upload revealed (md5, size, name,
 * type), which {@code onna.upload} records through {@code UploadTargets}.
 */
package io.apiemulator.onna.resource;
