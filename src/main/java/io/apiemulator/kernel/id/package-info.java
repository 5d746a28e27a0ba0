/**
 * Id minting for all three families and {@code admin}: {@code Ids.random} makes a prefix followed by random
 * characters from the given alphabet (hex or base 36).
 */
package io.apiemulator.kernel.id;
