package org.symbiosis.ortools;

import com.google.ortools.Loader;

/** Loads OR-Tools' native library once, on first use. */
final class OrToolsNatives {

    private static volatile boolean loaded;

    private OrToolsNatives() {
    }

    static void load() {
        if (!loaded) {
            synchronized (OrToolsNatives.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
