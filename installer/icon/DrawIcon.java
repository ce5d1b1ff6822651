import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the Showdesk icon — a rundown sheet with an "on air" play badge on an indigo tile — and writes
 * it in every size the installers need: PNGs 16..512 (Linux, jpackage), showdesk.ico (Windows) and
 * showdesk.icns (macOS). Drawn per size rather than scaled down, so the small sizes stay crisp.
 * The results are committed; run this again only when the design changes:
 *
 *     java installer/icon/DrawIcon.java installer/icons
 */
public final class DrawIcon {
    private static final Color TILE_TOP = new Color(0x4C6EF5);
    private static final Color TILE_BOTTOM = new Color(0x2B3A9B);
    private static final Color SHEET = new Color(0xFFFFFF);
    private static final Color INK = new Color(0x9FB0F0);
    private static final Color BADGE = new Color(0xFF6B4A);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installer/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[]{16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
        }
        for (int size : new int[]{16, 24, 32, 48, 64, 128, 256, 512}) {
            Files.write(out.resolve("showdesk-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("showdesk.png"), png.get(256));
        Files.write(out.resolve("showdesk.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(out.resolve("showdesk.icns"), icns(png));
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size, size); // draw in a unit square
        boolean tiny = size <= 24;

        GradientPaint tile = new GradientPaint(0, 0.05f, TILE_TOP, 0, 0.95f, TILE_BOTTOM);
        double margin = tiny ? 0.02 : 0.06;
        g.setPaint(tile);
        g.fill(new RoundRectangle2D.Double(margin, margin, 1 - 2 * margin, 1 - 2 * margin, 0.44, 0.44));

        // the rundown sheet: the show's entries, one line each
        double left = tiny ? 0.16 : 0.22, top = tiny ? 0.14 : 0.20, right = tiny ? 0.72 : 0.70, bottom = tiny ? 0.80 : 0.76;
        g.setColor(SHEET);
        g.fill(new RoundRectangle2D.Double(left, top, right - left, bottom - top, 0.10, 0.10));
        g.setColor(INK);
        double stroke = tiny ? 0.085 : 0.05;
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double[] lineYs = tiny ? new double[]{0.32, 0.52} : new double[]{0.34, 0.45, 0.56};
        for (int i = 0; i < lineYs.length; i++) {
            double end = i == lineYs.length - 1 ? left + (right - left) * 0.45 : right - 0.09;
            g.draw(new Line2D.Double(left + 0.09, lineYs[i], end, lineYs[i]));
        }

        // the "on air" badge: a ring in the tile's paint separates it from the sheet
        double cx = tiny ? 0.70 : 0.69, cy = tiny ? 0.70 : 0.69, r = tiny ? 0.24 : 0.19, ring = tiny ? 0.06 : 0.045;
        g.setPaint(tile);
        g.fill(new Ellipse2D.Double(cx - r - ring, cy - r - ring, 2 * (r + ring), 2 * (r + ring)));
        g.setColor(BADGE);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        Path2D play = new Path2D.Double();
        double t = r * 0.48;
        play.moveTo(cx - t * 0.7, cy - t);
        play.lineTo(cx + t * 1.05, cy);
        play.lineTo(cx - t * 0.7, cy + t);
        play.closePath();
        g.setColor(SHEET);
        g.fill(play);
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** Windows icon with PNG-compressed entries (read by Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length, total = offset;
        for (int s : sizes) total += png.get(s).length;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) b.put(png.get(s));
        return b.array();
    }

    /** macOS icon family with PNG entries, including the @2x (Retina) variants. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024); // 512@2x
        types.put("ic11", 32);   // 16@2x
        types.put("ic12", 64);   // 32@2x
        types.put("ic13", 256);  // 128@2x
        types.put("ic14", 512);  // 256@2x
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body); // big-endian, as icns wants
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] data = png.get(type.getValue());
            out.writeBytes(type.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }
}
