package cn.supervision.console.directory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A file the registry served (template, export) handed to the browser as it came: type, file name, bytes. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> passOn(ResponseEntity<byte[]> file) {
        HttpHeaders headers = new HttpHeaders();
        if (file.getHeaders().getContentType() != null) {
            headers.setContentType(file.getHeaders().getContentType());
        }
        String disposition = file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return ResponseEntity.ok().headers(headers).body(file.getBody());
    }
}
