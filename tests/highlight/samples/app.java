package com.example.site;

import java.util.List;
import java.util.*;

/** A page generator. */
@SuppressWarnings("unchecked")
public final class App<T extends Comparable<T>> implements Runnable {
    private static final int MAX_PAGES = 1_000;
    private final List<String> names;

    public App(List<String> names) {
        this.names = names;
    }

    @Override
    public void run() {
        // print every name
        for (String name : names) {
            System.out.println(name.trim() + '!' + 3.5e2 + 0x1Fl);
        }
        boolean ok = names != null && !names.isEmpty();
        char c = '\n';
        long big = 42L;
    }
}
