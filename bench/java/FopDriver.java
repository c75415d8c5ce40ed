// Warm-JVM Apache FOP driver for bench.documents (the peer of issue 17).
// Built once at bench time (javac against Debian's fop.jar); reads "IN.fo<TAB>OUT.pdf" lines on
// stdin and answers "OK <nanoseconds>" (FO -> PDF only, JVM start excluded) or "ERR <message>".
// The FopFactory (configuration, fonts) is built once, as a long-lived server would.
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

public final class FopDriver {
    public static void main(String[] args) throws Exception {
        FopFactory factory = FopFactory.newInstance(new File(args[0]));
        TransformerFactory identity = TransformerFactory.newInstance();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.split("\t");
            try {
                long start = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(new File(parts[1]).toPath()))) {
                    Fop fop = factory.newFop(MimeConstants.MIME_PDF, out);
                    Transformer copy = identity.newTransformer();
                    copy.transform(new StreamSource(new File(parts[0])), new SAXResult(fop.getDefaultHandler()));
                }
                System.out.println("OK " + (System.nanoTime() - start));
            } catch (Exception error) {
                System.out.println("ERR " + String.valueOf(error).replace('\n', ' '));
            }
            System.out.flush();
        }
    }
}
