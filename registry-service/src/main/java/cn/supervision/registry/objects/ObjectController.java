package cn.supervision.registry.objects;

import java.net.URI;

import cn.supervision.registry.objects.domain.InspectionObject;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/objects")
class ObjectController {

    private final ObjectDirectory directory;

    ObjectController(ObjectDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<InspectionObject> register(@Valid @RequestBody RegisterObjectRequest request) {
        InspectionObject object = directory.register(request);
        return ResponseEntity.created(URI.create("/objects/" + object.key())).body(object);
    }

    @GetMapping("/{key}")
    InspectionObject find(@PathVariable String key) {
        return directory.find(key);
    }
}
