package io.apiemulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside a packed jar nothing is relaunched; the packed jar itself is covered by {@code PackagedJarIT}. */
class PackedJarClassLoaderTest {

    @Test
    void leavesAClassPathStartAlone() throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        assertThat(PackedJarClassLoader.relaunch(ApiEmulatorApplication.class, new String[0])).isFalse();
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void encodesResourceNamesAsUrlPaths() {
        assertThat(PackedJarClassLoader.urlPath("META-INF/spring.factories")).isEqualTo("META-INF/spring.factories");
        assertThat(PackedJarClassLoader.urlPath("static/my file#1.yaml")).isEqualTo("static/my%20file%231.yaml");
        assertThat(PackedJarClassLoader.urlPath("dir/")).isEqualTo("dir/");
    }
}
