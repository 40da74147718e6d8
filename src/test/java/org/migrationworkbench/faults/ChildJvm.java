package org.migrationworkbench.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for Java processes that run a class of this test class path. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * {@code java <jvmOptions> -cp <test class path> <main> <args>}, started quickly (C1 only, class data sharing).
     */
    static List<String> command(Class<?> main, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }
}
