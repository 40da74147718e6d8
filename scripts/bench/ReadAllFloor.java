import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least a JVM program must do for a pattern scan of a tree: list its files and read every byte (two threads,
 * a reused buffer, only newlines counted; no regex, no .gitignore). Whole process, it is the floor any Java
 * pattern-absent can reach; scripts/bench/jvm-floor.sh times it beside ripgrep.
 */
public class ReadAllFloor {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(Path.of(args[0]))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong newlines = new AtomicLong();
        Runnable worker = () -> {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 17);
            long n = 0;
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                try (FileChannel channel = FileChannel.open(files.get(i))) {
                    for (int read; (read = channel.read(buffer.clear())) >= 0; ) {
                        byte[] bytes = buffer.array();
                        for (int k = 0; k < read; k++) {
                            n += bytes[k] == '\n' ? 1 : 0;
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            newlines.addAndGet(n);
        };
        Thread other = new Thread(worker);
        other.start();
        worker.run();
        other.join();
        System.out.println(files.size() + " files, " + newlines.get() + " lines");
    }
}
