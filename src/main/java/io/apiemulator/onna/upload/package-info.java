/**
 * {@code /v1/upload/{id}/tus}: TUS 1.0.0 uploads of a resource's bytes ({@code OPTIONS}, {@code HEAD}, {@code POST},
 * {@code PATCH}, {@code DELETE}) and Onna's single-request {@code PUT}, the method taken from
 * {@code X-HTTP-Method-Override} when it is sent. Start at {@code TusController}; {@code UploadBook} keeps offsets
 * and claims in the database, {@code UploadStore} the bytes under {@code <data-dir>/uploads}.
 */
package io.apiemulator.onna.upload;
