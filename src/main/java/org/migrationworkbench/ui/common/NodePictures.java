package org.migrationworkbench.ui.common;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Pictures of nodes for export: a snapshot of a whole node at a scale (FX thread), and PNG bytes of an image (any
 * thread) without javafx-swing.
 */
public final class NodePictures {
    private NodePictures() {
    }

    /**
     * A picture of all of {@code node} as laid out (its whole layout bounds, also the parts a scroll pane does not
     * show), {@code scale} device pixels per layout pixel; transparent where the node paints nothing. FX thread.
     */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(Color.TRANSPARENT);
        return node.snapshot(parameters, null);
    }

    /** {@code image} encoded as PNG with its alpha channel. Any thread, once the image is complete. */
    public static byte[] png(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the picture as PNG", e);
        }
        return out.toByteArray();
    }
}
