package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/** A controller's {@link RequiresPermission#writes()}: what its non-GET methods need unless they say otherwise. */
class EndpointWritesTest {

    @Retention(RetentionPolicy.RUNTIME)
    @RequiresPermission(value = Permission.LEDGER_READ, writes = Permission.LEDGER_WRITE)
    @interface LedgerLike {
    }

    @LedgerLike
    static class Controller {
        @GetMapping("/a")
        void read() {
        }

        @PostMapping("/a")
        void write() {
        }

        @PutMapping("/a")
        void replace() {
        }

        @PostMapping("/a/export")
        @RequiresPermission(Permission.DATA_EXPORT)
        void export() {
        }

        @GetMapping("/a/new")
        @RequiresPermission(Permission.LEDGER_WRITE)
        void form() {
        }

        @RequestMapping("/a/any")
        void anyMethod() {
        }
    }

    @RequiresPermission(Permission.LEDGER_READ)
    static class ReadsOnly {
        @PostMapping("/b")
        void write() {
        }
    }

    @RequiresPermission(value = Permission.LEDGER_READ, writes = {Permission.LEDGER_WRITE, Permission.DATA_EXPORT})
    static class TwoWrites {
        @PostMapping("/c")
        void write() {
        }
    }

    @Test
    void reads_need_the_class_permission_and_writes_its_writes_unless_the_method_declares_its_own() throws Exception {
        assertThat(needs(Controller.class, "read")).isEqualTo(Permission.LEDGER_READ);
        assertThat(needs(Controller.class, "write")).isEqualTo(Permission.LEDGER_WRITE);
        assertThat(needs(Controller.class, "replace")).isEqualTo(Permission.LEDGER_WRITE);
        assertThat(needs(Controller.class, "export")).isEqualTo(Permission.DATA_EXPORT);
        assertThat(needs(Controller.class, "form")).isEqualTo(Permission.LEDGER_WRITE);
        assertThat(needs(Controller.class, "anyMethod")).as("a mapping open to every method, GET included, is a write")
                .isEqualTo(Permission.LEDGER_WRITE);
    }

    @Test
    void without_writes_every_method_needs_the_class_permission() throws Exception {
        assertThat(needs(ReadsOnly.class, "write")).isEqualTo(Permission.LEDGER_READ);
    }

    @Test
    void more_than_one_permission_for_the_writes_is_refused() {
        assertThatThrownBy(() -> needs(TwoWrites.class, "write")).isInstanceOf(IllegalStateException.class);
    }

    private static Permission needs(Class<?> type, String method) throws Exception {
        EndpointAccess.Declaration declaration = EndpointAccess.Declaration.of(
                new HandlerMethod(type.getDeclaredConstructor().newInstance(), type.getDeclaredMethod(method)));
        assertThat(declaration.kind()).isEqualTo(EndpointAccess.Declaration.Kind.PERMISSION);
        return declaration.permission();
    }
}
