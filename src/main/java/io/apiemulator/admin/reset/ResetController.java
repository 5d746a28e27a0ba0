package io.apiemulator.admin.reset;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResetController {

    private final EmulatorReset reset;

    ResetController(EmulatorReset reset) {
        this.reset = reset;
    }

    @PostMapping(path = "/__admin/reset", produces = "application/json")
    EmulatorReset.Result reset() {
        return reset.reset();
    }
}
