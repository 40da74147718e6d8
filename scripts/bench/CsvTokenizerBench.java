import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tokenizer benchmark for ADR 0008: reads one CSV file cell by cell and hashes every cell, once with
 * jackson-dataformat-csv (streaming parser, no String per cell) and once with a plain byte-level RFC 4180 loop.
 * Run: java -cp jackson-core.jar:jackson-databind.jar:jackson-annotations.jar:jackson-dataformat-csv.jar
 * scripts/bench/CsvTokenizerBench.java FILE [rounds]
 */
public class CsvTokenizerBench {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long size = Files.size(file);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long h1 = jackson(file);
            long t1 = System.nanoTime();
            long h2 = bytes(file);
            long t2 = System.nanoTime();
            System.out.printf("round %d: jackson %.0f ms (%.0f MB/s, %x)  bytes %.0f ms (%.0f MB/s, %x)%n", r,
                    (t1 - t0) / 1e6, size / 1e3 / ((t1 - t0) / 1e6), h1, (t2 - t1) / 1e6,
                    size / 1e3 / ((t2 - t1) / 1e6), h2);
        }
    }

    static long jackson(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long h = 0;
        long rows = 0;
        try (InputStream in = Files.newInputStream(file);
             CsvParser p = (CsvParser) mapper.getFactory().createParser(in)) {
            p.setSchema(CsvSchema.emptySchema());
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    char[] c = p.getTextCharacters();
                    int off = p.getTextOffset();
                    int len = p.getTextLength();
                    long x = 0;
                    for (int i = off; i < off + len; i++) {
                        x = x * 31 + c[i];
                    }
                    h += x;
                } else if (t == JsonToken.END_ARRAY) {
                    rows++;
                }
            }
        }
        return h + rows;
    }

    static long bytes(Path file) throws IOException {
        byte[] buf = new byte[1 << 22];
        long h = 0;
        long rows = 0;
        long x = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (quoted) {
                        if (b == '"') {
                            quoted = false;
                            afterQuote = true;
                        } else {
                            x = x * 31 + b;
                        }
                    } else if (b == ',' || b == '\n') {
                        h += x;
                        x = 0;
                        afterQuote = false;
                        if (b == '\n') {
                            rows++;
                        }
                    } else if (b == '"') {
                        if (afterQuote) {
                            x = x * 31 + b;
                        }
                        quoted = true;
                    } else if (b != '\r') {
                        x = x * 31 + b;
                    }
                }
            }
        }
        return h + rows;
    }
}
