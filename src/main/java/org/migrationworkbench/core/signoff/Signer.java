package org.migrationworkbench.core.signoff;

import java.util.Locale;
import java.util.Objects;

import org.migrationworkbench.core.WorkbenchException;

/**
 * Who signs: a name and, when known, an email (empty otherwise).
 */
public record Signer(String name, String email) {
    public Signer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (name.isBlank()) {
            throw new WorkbenchException("A sign-off needs the signer's name.");
        }
        name = name.strip();
        email = email.strip();
    }

    /**
     * A signer written as {@code Name} or {@code Name <email>}.
     *
     * @throws WorkbenchException when the name is empty
     */
    public static Signer parse(String text) {
        String t = text.strip();
        int open = t.lastIndexOf('<');
        if (open > 0 && t.endsWith(">")) {
            return new Signer(t.substring(0, open), t.substring(open + 1, t.length() - 1));
        }
        return new Signer(t, "");
    }

    /** True when both are the same person: equal emails when both have one, else equal names (ignoring case). */
    public boolean samePerson(String otherName, String otherEmail) {
        if (!email.isEmpty() && !otherEmail.isEmpty()) {
            return email.equalsIgnoreCase(otherEmail);
        }
        return name.toLowerCase(Locale.ROOT).equals(otherName.strip().toLowerCase(Locale.ROOT));
    }

    /** {@code Name <email>}, or the name alone. */
    public String display() {
        return email.isEmpty() ? name : name + " <" + email + ">";
    }
}
