package org.migrationworkbench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs system commands (mount, chattr) for the fault tests; never throws for a command that fails. */
final class Commands {
    private Commands() {
    }

    /** What a command did: its exit code (-1 when it could not run) and its output, stdout and stderr together. */
    record Outcome(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    static Outcome run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, output + " (timed out)");
            }
            return new Outcome(process.exitValue(), output.strip());
        } catch (IOException e) {
            return new Outcome(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, e.toString());
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
