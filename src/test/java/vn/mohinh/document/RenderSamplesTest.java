package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Converts generated documents to PDF with LibreOffice (headless), where it is installed: the
 * files must open in LibreOffice. Skipped, with the reason printed, where soffice is absent.
 */
class RenderSamplesTest {

  static final Path OUT = Path.of("target", "documents-render");
  static String soffice;

  @BeforeAll
  static void findSoffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          soffice = candidate.toString();
          return;
        }
      }
    }
    System.out.println("RenderSamplesTest skipped: soffice (LibreOffice) is not on the PATH; "
        + "install libreoffice-writer-nogui and libreoffice-calc-nogui to run it.");
  }

  @Test
  void planOpensInLibreOffice() throws Exception {
    convert("mau-01-ke-hoach.docx", new PlanDocxGenerator(DocxOptions.DEFAULT).generate(Samples.plan()));
  }

  @Test
  void reportOpensInLibreOffice() throws Exception {
    convert("mau-03-bao-cao.docx", new ReportDocxGenerator(DocxOptions.DEFAULT).generate(Samples.report()));
  }

  @Test
  void summaryOpensInLibreOffice() throws Exception {
    convert("mau-02-tong-hop.xlsx", new SummaryXlsxGenerator().generate(Samples.summary()));
  }

  @Test
  void blocSummaryOpensInLibreOffice() throws Exception {
    convert("tong-hop-khoi.xlsx", new BlocSummaryXlsxGenerator().generate(Samples.blocSummary()));
  }

  @Test
  void commendationsOpenInLibreOffice() throws Exception {
    convert("khen-thuong.xlsx", new CommendationXlsxGenerator().generate(Samples.commendations()));
  }

  private static void convert(String name, byte[] content) throws IOException, InterruptedException {
    assumeTrue(soffice != null, "soffice (LibreOffice) is not installed");
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    Files.write(file, content);
    // A profile of its own: no clash with a LibreOffice the developer has open, or a parallel run.
    Path profile = Files.createTempDirectory("lo-profile");
    Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(),
            "--headless", "--norestore", "--convert-to", "pdf", "--outdir", OUT.toString(), file.toString())
        .redirectErrorStream(true)
        .redirectOutput(OUT.resolve(name + ".log").toFile())
        .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished in time").isTrue();
    Path pdf = OUT.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    assertThat(pdf).exists();
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head)).isEqualTo("%PDF-");
    assertThat(Files.size(pdf)).isGreaterThan(1000);
  }
}
