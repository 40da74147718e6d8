import org.migrationworkbench.core.AppDirs;
import org.migrationworkbench.core.sample.SampleInstaller;

/** Installs the bundled sample workspace under $XDG_DATA_HOME and prints its folder (for report.sh). */
public class InstallSample {
    public static void main(String[] args) {
        System.out.println(new SampleInstaller().ensureInstalled(AppDirs.fromEnvironment()));
    }
}
