package vn.mohinh.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class DocumentFilesTest {

  @Test
  void contentDispositionHasTheUtf8NameAndAnAsciiFallback() {
    assertThat(DocumentFiles.contentDisposition("Kế hoạch mô hình – Đảng ủy Sở Tài chính.docx"))
        .isEqualTo("attachment; filename=\"Ke-hoach-mo-hinh-Dang-uy-So-Tai-chinh.docx\"; "
            + "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20m%C3%B4%20h%C3%ACnh%20%E2%80%93%20"
            + "%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh.docx");
    // no header injection, no path
    assertThat(DocumentFiles.contentDisposition("a\"b\r\nX-Evil: 1/../c.xlsx")).doesNotContain("\r", "\n", "/", "\"b");
    assertThat(DocumentFiles.ascii("Bảng tổng hợp.xlsx")).isEqualTo("Bang-tong-hop.xlsx");
    assertThat(DocumentFiles.ascii("Đ.xlsx")).isEqualTo("D.xlsx");
    assertThat(DocumentFiles.ascii("ấ.xlsx")).isEqualTo("a.xlsx");
  }

  @Test
  void attachmentIsNeverCached() {
    ResponseEntity<byte[]> response = DocumentFiles.attachment(new byte[] {1, 2}, "Mẫu 02.xlsx", DocumentFiles.XLSX);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    assertThat(response.getHeaders().getContentType()).isEqualTo(DocumentFiles.XLSX);
    assertThat(response.getHeaders().getContentLength()).isEqualTo(2);
  }
}
