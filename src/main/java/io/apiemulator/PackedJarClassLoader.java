package io.apiemulator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Loads the classes and resources of a packed jar ({@code java -jar api-emulator.jar}) by asking each nested jar's
 * own index, as the JDK does for a plain class path. Spring Boot's launcher hands the JDK one {@code jar:nested:}
 * URL per library instead, and the JDK then builds a URL and opens a connection for every library a class is not
 * in, and asks the launcher's parent first for every class, which answers each with an exception: together about
 * 1.4 s of a 9 s start-up on 2 cores (bench/README.md). Classes of the packages the JDK's modules hold still come
 * from the JDK, and resources are still looked for in the outer jar first, as before.
 */
final class PackedJarClassLoader extends URLClassLoader {

    private static final String BOOT_LAUNCHED_CLASS_LOADER =
            "org.springframework.boot.loader.launch.LaunchedClassLoader";

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final URL[] roots;
    private final JarFile[] jars;
    private final CodeSource[] codeSources;
    private final Set<String> jdkPackages;

    private PackedJarClassLoader(URL[] roots, ClassLoader parent) throws IOException {
        super(roots, parent);
        this.roots = roots.clone();
        this.jars = new JarFile[roots.length];
        this.codeSources = new CodeSource[roots.length];
        for (int i = 0; i < roots.length; i++) {
            jars[i] = ((JarURLConnection) roots[i].openConnection()).getJarFile();
            codeSources[i] = new CodeSource(roots[i], (CodeSigner[]) null);
        }
        this.jdkPackages = ModuleLayer.boot().modules().stream()
                .flatMap(module -> module.getPackages().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Runs {@code main} of the given class again, loaded by this class loader, when Spring Boot's launcher loaded it
     * from a packed jar; returns false, having done nothing, anywhere else (extracted jar, IDE, {@code
     * spring-boot:run}, or already here).
     */
    static boolean relaunch(Class<?> main, String[] args) throws Exception {
        ClassLoader launched = main.getClassLoader();
        if (!launched.getClass().getName().equals(BOOT_LAUNCHED_CLASS_LOADER)
                || !(launched instanceof URLClassLoader boot) || !allJarUrls(boot.getURLs())) {
            return false;
        }
        var loader = new PackedJarClassLoader(boot.getURLs(), launched.getParent());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass(main.getName()).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) failed.getCause();
        }
        return true;
    }

    private static boolean allJarUrls(URL[] urls) {
        return urls.length > 0 && Arrays.stream(urls).allMatch(url -> "jar".equals(url.getProtocol()));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (jdkPackages.contains(packageOf(name))) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineFromJars(name);
            }
            if (loaded == null) {
                // the launcher's own classes, in the outer jar
                loaded = getParent().loadClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> found = defineFromJars(name);
        if (found == null) {
            throw new ClassNotFoundException(name);
        }
        return found;
    }

    @Override
    public URL findResource(String name) {
        for (int i = 0; i < jars.length; i++) {
            if (jars[i].getEntry(name) != null) {
                return resourceUrl(i, name);
            }
        }
        return null;
    }

    @Override
    public Enumeration<URL> findResources(String name) {
        List<URL> found = new ArrayList<>();
        for (int i = 0; i < jars.length; i++) {
            if (jars[i].getEntry(name) != null) {
                found.add(resourceUrl(i, name));
            }
        }
        return Collections.enumeration(found);
    }

    private URL resourceUrl(int jar, String name) {
        try {
            return new URL(roots[jar], urlPath(name));
        } catch (IOException unexpected) {
            throw new IllegalStateException("no URL for " + name + " in " + roots[jar], unexpected);
        }
    }

    /** An entry's name as a URL path, percent-encoded where it must be (a space, say), as the JDK's class path does. */
    static String urlPath(String name) {
        if (name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "/._-$".indexOf(c) >= 0))) {
            return name;
        }
        return Arrays.stream(name.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private Class<?> defineFromJars(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/').concat(".class");
        for (int i = 0; i < jars.length; i++) {
            JarEntry entry = jars[i].getJarEntry(path);
            if (entry != null) {
                return define(name, i, entry);
            }
        }
        return null;
    }

    private Class<?> define(String name, int jar, JarEntry entry) throws ClassNotFoundException {
        byte[] bytes;
        try (InputStream in = jars[jar].getInputStream(entry)) {
            bytes = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new ClassNotFoundException(name, unreadable);
        }
        definePackageOnce(packageOf(name), jar);
        return defineClass(name, bytes, 0, bytes.length, codeSources[jar]);
    }

    private void definePackageOnce(String name, int jar) {
        if (name.isEmpty() || getDefinedPackage(name) != null) {
            return;
        }
        try {
            Manifest manifest = jars[jar].getManifest();
            if (manifest != null) {
                definePackage(name, manifest, roots[jar]);
            } else {
                definePackage(name, null, null, null, null, null, null, null);
            }
        } catch (IOException | IllegalArgumentException definedMeanwhile) {
            // another thread defined it first, or the manifest is unreadable: the package is (or stays) plain
        }
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
