package io.apiemulator.onna.upload;

import java.util.Locale;

import io.apiemulator.onna.resource.UploadedFile;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * What a completed upload tells its resource: the name from the {@code filename} (tus-js-client) or {@code name}
 * (Onna's own sample) metadata with any directory part dropped, the MIME type from {@code filetype} or else
 * from the name's extension.
 */
final class UploadedFiles {

    private UploadedFiles() {
    }

    static UploadedFile describe(UploadMetadata metadata, String md5, long size) {
        String filename = baseName(metadata.text("filename", "name"));
        String extension = extension(filename);
        return new UploadedFile(md5, size, mimeType(metadata.text("filetype", "type"), filename), filename, extension);
    }

    /** The last path segment, without control characters; {@code null} if nothing usable is left. */
    static String baseName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() || base.equals(".") || base.equals("..") ? null : base;
    }

    static String extension(String filename) {
        if (filename == null) {
            return null;
        }
        int dot = filename.lastIndexOf('.');
        return dot <= 0 || dot == filename.length() - 1 ? null : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String mimeType(String declared, String filename) {
        if (declared != null) {
            try {
                MediaType type = MediaType.parseMediaType(declared);
                if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                    return type.toString();
                }
            }
            catch (InvalidMediaTypeException e) {
                // not a media type: fall back to the name
            }
        }
        return filename == null ? null
                : MediaTypeFactory.getMediaType(filename).map(MediaType::toString).orElse(null);
    }
}
