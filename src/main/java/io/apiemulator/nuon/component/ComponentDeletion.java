package io.apiemulator.nuon.component;

/**
 * What goes with a deleted component (its releases, then its builds), implemented where those live; run in
 * {@code @Order} before the component's own row is deleted.
 */
public interface ComponentDeletion {

    void deleteAllOf(NuonComponent component);
}
