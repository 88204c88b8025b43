package org.homeward.spark;

import picocli.CommandLine.Option;

/** Where the module's commands screen: the Spark master and the slices (a picocli mixin). */
final class ClusterOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] or spark://host:7077 (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Slices of the partitioned side (default: the default parallelism, i.e. the cores of a local master).")
    int partitions;
}
