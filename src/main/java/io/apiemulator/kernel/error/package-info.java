/**
 * Errors in the envelope of the family that owns the request's path, for all three families and {@code admin}:
 * code throws an {@code ApiException}, each family implements {@code ApiFamily} (its paths and its envelope), and
 * {@code ApiFamilies} finds the family for a path. {@code ErrorAdvice} renders errors raised in Spring MVC,
 * {@code FamilyErrorController} serves {@code /error} for those raised outside it, and {@code Violation} describes
 * input that failed validation.
 */
package io.apiemulator.kernel.error;
