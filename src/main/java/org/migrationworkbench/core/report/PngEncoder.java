package org.migrationworkbench.core.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes an opaque image as an 8-bit RGB PNG. Written here instead of using ImageIO because ImageIO's PNG writer
 * (plug-in registry, adaptive filters at the highest compression) took two to three times as long for a timeline
 * picture that is mostly flat colour, where the "Sub" filter and a middle compression level do as well.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int SUB = 1;

    private PngEncoder() {
    }

    /** The PNG bytes of {@code image}; its alpha, if any, is dropped. */
    static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream data = new DataOutputStream(header);
            data.writeInt(image.getWidth());
            data.writeInt(image.getHeight());
            data.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filtering, not interlaced
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", pixels(image));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compressed scanlines, each "Sub"-filtered: every byte minus the same colour's byte one pixel left. */
    private static byte[] pixels(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int[] argb = new int[width];
        byte[] line = new byte[1 + 3 * width];
        line[0] = SUB;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(6);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            for (int y = 0; y < image.getHeight(); y++) {
                rowOf(image, y, argb);
                int left = 0;
                for (int x = 0; x < width; x++) {
                    int rgb = argb[x];
                    line[1 + 3 * x] = (byte) ((rgb >> 16) - (left >> 16));
                    line[2 + 3 * x] = (byte) ((rgb >> 8) - (left >> 8));
                    line[3 + 3 * x] = (byte) (rgb - left);
                    left = rgb;
                }
                out.write(line);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /** Row {@code y} as RGB ints; straight from the pixel array when the image is INT_RGB, as drawn here. */
    private static void rowOf(BufferedImage image, int y, int[] argb) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            System.arraycopy(buffer.getData(), y * model.getScanlineStride(), argb, 0, argb.length);
        } else {
            image.getRGB(0, y, argb.length, 1, argb, 0, argb.length);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
