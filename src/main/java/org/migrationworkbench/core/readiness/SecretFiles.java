package org.migrationworkbench.core.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migrationworkbench.core.model.Rule;
import org.migrationworkbench.core.model.RuleKind;
import org.migrationworkbench.core.model.Workspace;

/**
 * The files of a target repository that hold secrets, whose lines evidence may only show redacted
 * ({@link SecretLines}): dotenv files ({@code .env}, {@code .env.*}, {@code *.env}), key and credential files
 * ({@code *.pem}, {@code *.key}, {@code id_rsa*} and the other ssh key names, {@code *.p12}, {@code *.pfx},
 * {@code *.keystore}, {@code *.jks}, {@code credentials}, {@code credentials.*}, {@code secrets.*},
 * {@code .netrc}, {@code .pgpass}), matched on the file name whatever its case, and every file an
 * {@code env-parity} rule of the workspace names. Immutable.
 */
public final class SecretFiles {
    /** Only the fixed names: for a workspace without env-parity rules. */
    public static final SecretFiles STANDARD = new SecretFiles(Set.of());

    private static final Set<String> NAMES = Set.of(".env", "credentials", ".netrc", "_netrc", ".pgpass");
    private static final List<String> PREFIXES = List.of(".env.", "credentials.", "secrets.", "id_rsa", "id_dsa",
            "id_ecdsa", "id_ed25519");
    private static final List<String> SUFFIXES = List.of(".env", ".pem", ".key", ".p12", ".pfx", ".keystore",
            ".jks");

    private final Set<String> named;

    private SecretFiles(Set<String> named) {
        this.named = Set.copyOf(named);
    }

    /** The fixed names and the files the workspace's env-parity rules name ({@code env}, {@code example}). */
    public static SecretFiles of(Workspace workspace) {
        return of(workspace.rules());
    }

    public static SecretFiles of(List<Rule> rules) {
        return new SecretFiles(rules.stream()
                .filter(r -> r.kind() == RuleKind.ENV_PARITY)
                .flatMap(r -> Stream.concat(new RuleParams(r).texts("env").stream(),
                        new RuleParams(r).texts("example").stream()))
                .map(SecretFiles::normalized)
                .collect(Collectors.toSet()));
    }

    /** True when {@code file} (relative to the repository, {@code /} or {@code \} separated) holds secrets. */
    public boolean holdsSecrets(String file) {
        String path = normalized(file);
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return named.contains(path) || NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith)
                || SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /**
     * The evidence with each line of its text redacted, when it quotes a line of a file that holds secrets
     * (its file does and its line is not 0); otherwise as it is. Only for evidence whose text is lines of the
     * file; a message about the file (line 0, or an env-parity finding) must not go through here.
     */
    public Evidence redact(Evidence evidence) {
        if (evidence.line() <= 0 || !holdsSecrets(evidence.file())) {
            return evidence;
        }
        String text = Arrays.stream(evidence.text().split("\n", -1)).map(SecretLines::redact)
                .collect(Collectors.joining("\n"));
        return new Evidence(evidence.file(), evidence.line(), text);
    }

    public List<Evidence> redact(List<Evidence> evidence) {
        return evidence.stream().map(this::redact).toList();
    }

    /** {@code a/./b}, {@code ./a/b} and {@code a\b} all become {@code a/b}, as the file tree writes them. */
    private static String normalized(String file) {
        return Arrays.stream(file.replace('\\', '/').split("/")).filter(s -> !s.isEmpty() && !".".equals(s))
                .collect(Collectors.joining("/"));
    }
}
