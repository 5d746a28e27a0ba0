/**
 * Keyset pagination on (created_at, id): {@code KeysetCursor}, in Onna's plain {@code timestamp//id} form (Onna's
 * workspace list) or as an opaque URL-safe base64 token (MechaMental's release list). Nuon pages by offset instead
 * ({@code nuon.page}).
 */
package io.apiemulator.kernel.page;
