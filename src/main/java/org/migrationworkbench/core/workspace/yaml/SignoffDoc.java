package org.migrationworkbench.core.workspace.yaml;

import java.util.List;
import java.util.Map;

/** The sign-off policy as written in workbench.yaml. */
public class SignoffDoc {
    public List<String> roles;
    public Boolean separation;
    public Map<String, Integer> require;
    @com.fasterxml.jackson.annotation.JsonProperty("separate_completion")
    public Boolean separateCompletion;
    /** Per role, the public keys allowed to sign for it: {@code "ed25519:<base64> [who]"}. */
    public Map<String, List<String>> signers;
}
