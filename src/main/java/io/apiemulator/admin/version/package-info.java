/**
 * {@code GET /__admin/version}: name, version, build time and git commit of the running build, read from the
 * build-info and git properties when the build wrote them. See {@code VersionController}.
 */
package io.apiemulator.admin.version;
