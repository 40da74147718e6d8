package org.migrationworkbench.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.migrationworkbench.core.AtomicFiles;
import org.migrationworkbench.core.WorkbenchException;

/**
 * A workspace backup: one zip holding a consistent copy of the database ({@code workbench.mv.db}, made by H2's
 * {@code BACKUP TO} while the store is open), the sign-off chain head ({@code signoffs.head}) and a small manifest
 * ({@code backup.properties}). Restoring it is {@link StoreRestore}.
 */
public final class BackupArchive {
    static final String DATABASE = "workbench.mv.db";
    static final String HEAD = "signoffs.head";
    static final String MANIFEST = "backup.properties";
    /** No entry of a backup is larger than this: a zip bomb is refused instead of filling the disk. */
    static final long MAX_ENTRY = 8L * 1024 * 1024 * 1024;

    private BackupArchive() {
    }

    /**
     * Writes a backup of the open {@code store} to {@code out} (replaced atomically). {@code head} is the chain head
     * file's content, when there is one.
     *
     * @throws WorkbenchException when the copy or the file cannot be written; {@code out} is then left as it was
     */
    public static void write(WorkbenchStore store, Optional<String> head, Map<String, String> manifest, Path out) {
        Path dir = out.toAbsolutePath().getParent();
        Path copy = null;
        try {
            Files.createDirectories(dir);
            DiskSpace.require(dir, "a backup");
            copy = Files.createTempFile(dir, ".workbench-backup", ".zip");
            Files.delete(copy); // BACKUP TO makes the file itself
            try (Connection connection = store.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
            }
            Path temp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
            try {
                try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(file)) {
                    copyDatabase(copy, zip);
                    if (head.isPresent()) {
                        put(zip, HEAD, head.get().getBytes(StandardCharsets.UTF_8));
                    }
                    put(zip, MANIFEST, manifest(manifest));
                }
                AtomicFiles.moveDurably(temp, out);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | SQLException e) {
            throw new WorkbenchException("Could not write the backup " + out + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk is not full.", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void copyDatabase(Path h2Backup, ZipOutputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Backup))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    zip.putNextEntry(new ZipEntry(DATABASE));
                    in.transferTo(zip);
                    zip.closeEntry();
                    return;
                }
            }
        }
        throw new IOException("the database copy made by H2 holds no database file");
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] manifest(Map<String, String> values) {
        StringBuilder text = new StringBuilder("# Migration Workbench workspace backup\nformat=1\ncreated="
                + Instant.now() + "\n");
        values.forEach((k, v) -> text.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Unpacks the database and head of backup {@code zip} into {@code dir} (which must be empty or new).
     *
     * @return true when the backup holds a chain head
     * @throws WorkbenchException when it is not a workspace backup, naming what is wrong
     */
    static boolean extract(Path zip, Path dir) {
        boolean database = false;
        boolean head = false;
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            Files.createDirectories(dir);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                boolean known = name.equals(DATABASE) || name.equals(HEAD) || name.equals(MANIFEST);
                if (!known || entry.isDirectory()) {
                    continue; // only the three known names are ever written, so no entry can escape dir
                }
                long size = copyBounded(in, dir.resolve(name));
                database |= name.equals(DATABASE) && size > 0;
                head |= name.equals(HEAD);
            }
        } catch (IOException e) {
            throw new WorkbenchException(zip + " is not a readable workspace backup: " + e.getMessage(), e);
        }
        if (!database) {
            throw new WorkbenchException(zip + " is not a workspace backup: it holds no " + DATABASE
                    + " (make one with: workbench backup --workspace DIR --out FILE)");
        }
        return head;
    }

    private static long copyBounded(InputStream in, Path target) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_ENTRY) {
                    throw new IOException(target.getFileName() + " is larger than " + MAX_ENTRY + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temp file in the backup's folder, named .workbench-backup*.zip
        }
    }
}
