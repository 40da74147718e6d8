package org.migrationworkbench.ui.signoff;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.migrationworkbench.core.signoff.Decision;
import org.migrationworkbench.core.signoff.Signer;

/**
 * The approve / reject dialog's state: the signer (editable), the comment, the evidence being signed, and what
 * happened to the last attempt. UI thread only.
 */
public final class SignDraft {
    /** Records a decision; calls back {@code done} or {@code refused} on the UI thread. */
    interface Recorder {
        void record(SignDraft draft, Signer signer, Decision decision, Runnable done,
                    java.util.function.Consumer<String> refused);
    }

    private final MatrixCell cell;
    private final List<EvidenceText.Line> evidence;
    private final Recorder recorder;
    private final String signingKey;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    SignDraft(MatrixCell cell, Signer signer, List<EvidenceText.Line> evidence, String signingKey,
              Recorder recorder) {
        this.cell = cell;
        this.evidence = List.copyOf(evidence);
        this.signingKey = signingKey;
        this.recorder = recorder;
        name.set(signer.name());
        email.set(signer.email());
    }

    public MatrixCell cell() {
        return cell;
    }

    /** The public half of the key the sign-off is signed with; empty when there is none. */
    public String signingKey() {
        return signingKey;
    }

    /** Today's evidence of the gate: what an approval binds to. */
    public List<EvidenceText.Line> evidence() {
        return evidence;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Why the last attempt was not recorded (the policy's message); empty when none was refused. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** True while a decision is being recorded. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the decision is recorded, durably: the dialog closes then. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public void approve() {
        submit(Decision.APPROVE);
    }

    /** Rejects; refused here, without asking the ledger, when the comment is empty. */
    public void reject() {
        submit(Decision.REJECT);
    }

    private void submit(Decision decision) {
        if (busy.get() || done.get()) {
            return;
        }
        if (name.get().isBlank()) {
            refusal.set("Enter the signer's name.");
            return;
        }
        if (decision == Decision.REJECT && comment.get().isBlank()) {
            refusal.set("A reject needs a comment saying why.");
            return;
        }
        refusal.set("");
        busy.set(true);
        recorder.record(this, new Signer(name.get(), email.get()), decision, () -> {
            busy.set(false);
            done.set(true);
        }, message -> {
            busy.set(false);
            refusal.set(message);
        });
    }
}
