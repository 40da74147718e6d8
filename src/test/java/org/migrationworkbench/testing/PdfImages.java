package org.migrationworkbench.testing;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Where a PDF page draws its images: each image's box in PDF points (origin bottom left), in drawing order. */
public final class PdfImages extends PDFStreamEngine {
    private final List<Rectangle2D> boxes = new ArrayList<>();

    private PdfImages() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    /** The boxes of the images drawn on {@code page}. */
    public static List<Rectangle2D> on(PDPage page) throws IOException {
        PdfImages engine = new PdfImages();
        engine.processPage(page);
        return engine.boxes;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (!OperatorName.DRAW_OBJECT.equals(operator.getName())) {
            super.processOperator(operator, operands);
            return;
        }
        PDXObject object = getResources().getXObject((COSName) operands.get(0));
        if (object instanceof PDImageXObject) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            boxes.add(new Rectangle2D.Double(ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(),
                    ctm.getScalingFactorY()));
        } else if (object instanceof PDFormXObject form) {
            showForm(form);
        }
    }
}
