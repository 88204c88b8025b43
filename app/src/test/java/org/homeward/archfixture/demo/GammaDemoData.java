package org.homeward.archfixture.demo;

import java.util.List;

/** Demonstration data of the fixture: what no feature may use. */
public class GammaDemoData {

    public static List<String> families() {
        return List.of("demo-0001", "demo-0002");
    }
}
