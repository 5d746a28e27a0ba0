/**
 * Nuon's offset pagination, shared by its list endpoints: the {@code offset}, {@code limit} (default 10, at most 100)
 * and {@code page} query parameters in, the {@code X-Nuon-Page-Next}, {@code -Offset}, {@code -Limit} and
 * {@code -Number} headers out. See {@code NuonPage}.
 */
package io.apiemulator.nuon.page;
