package org.migrationworkbench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.migrationworkbench.app.Launcher;

/**
 * The real command line ({@link Launcher}) in a child JVM, as a user runs it: its XDG folders (key, witness, logs)
 * below target/, its stdout and stderr in files of a folder the test chooses, away from the fault.
 */
final class CliChild {
    private final Path home;
    private final Path output;
    private final List<String> jvmOptions;

    private CliChild(Path home, Path output, List<String> jvmOptions) {
        this.home = home;
        this.output = output;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** A command line whose XDG folders are a new folder below target/test-home/faults, output in {@code output}. */
    static CliChild create(String name, Path output) throws IOException {
        Path faults = Files.createDirectories(Path.of("target", "test-home", "faults").toAbsolutePath());
        return new CliChild(Files.createTempDirectory(faults, name + "-"), Files.createDirectories(output), List.of());
    }

    /** The same command line with a JVM option more, e.g. a system property. */
    CliChild with(String jvmOption) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(jvmOption);
        return new CliChild(home, output, options);
    }

    /** Runs the command line with {@code args} to its end (at most two minutes). */
    Result run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(output, "cli-", ".out");
        Path err = Files.createTempFile(output, "cli-", ".err");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(Launcher.class, jvmOptions, List.of(args)))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.remove("WORKBENCH_JDBC_URL");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("workbench " + String.join(" ", args) + " did not end in two minutes");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What one run did. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }
}
