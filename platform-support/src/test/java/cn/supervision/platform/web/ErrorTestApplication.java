package cn.supervision.platform.web;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with nothing but platform-support and one endpoint to read and one to write, to refuse requests to. */
@SpringBootApplication
class ErrorTestApplication {

    @RestController
    static class Probe {

        @GetMapping("/probes/{id}")
        Map<String, String> read(@PathVariable String id) {
            return Map.of("id", id);
        }

        @PostMapping("/probes")
        Map<String, Object> write(@RequestBody Map<String, Object> body) {
            return Map.of("fields", body.size());
        }
    }
}
