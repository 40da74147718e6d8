package org.migrationworkbench.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowingConsumer;

/** Loads the checked-in workspaces under {@code src/test/resources/workspaces} and checks their problems. */
final class Fixtures {
    private Fixtures() {
    }

    /** The folder of fixture {@code name}, i.e. {@code workspaces/<name>/}. */
    static Path fixture(String name) {
        URL url = Fixtures.class.getResource("/workspaces/" + name + "/" + WorkspaceLoader.MANIFEST);
        assertThat(url).as("fixture workspaces/%s/workbench.yaml", name).isNotNull();
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedWorkspace load(String fixture) {
        return new WorkspaceLoader().load(fixture(fixture));
    }

    /** The errors (not warnings) of a workspace that must fail to load, in reported order. */
    static List<Problem> errorsOf(String fixture) {
        return errorsLoading(fixture(fixture));
    }

    static List<Problem> errorsLoading(Path folder) {
        return refusal(folder).errors();
    }

    /** The exception a workspace that must fail to load is refused with. */
    static WorkspaceInvalidException refusal(Path folder) {
        WorkspaceInvalidException refused = catchThrowableOfType(WorkspaceInvalidException.class,
                () -> new WorkspaceLoader().load(folder));
        assertThat(refused).as("loading %s should fail", folder).isNotNull();
        return refused;
    }

    /** Writes {@code yaml} as the workbench.yaml of {@code folder} and returns the folder. */
    static Path writeManifest(Path folder, String yaml) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(WorkspaceLoader.MANIFEST), yaml);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A problem at {@code line:column}, for the node at {@code path}, whose message contains {@code message}. */
    static ThrowingConsumer<Problem> at(int line, int column, String path, String message) {
        return problem -> {
            assertThat(List.of(problem.line(), problem.column(), problem.path()))
                    .as("line, column and path of %s", problem)
                    .containsExactly(line, column, path);
            assertThat(problem.message()).as("message of %s", problem).contains(message);
        };
    }

    /** Asserts that exactly one of {@code problems} is about {@code path}, and what and where it is. */
    static void assertOneAt(List<Problem> problems, int line, int column, String path, String message) {
        assertThat(problems).as("problems at %s", path)
                .filteredOn(p -> p.path().equals(path))
                .singleElement()
                .satisfies(at(line, column, path, message));
    }
}
